package dev.momosim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example in the README and in the configuration and rules pages (docs/) is a
 * configuration the simulator accepts, so the documentation stays true.
 */
class ReadmeExamplesTest {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJsonExampleInTheReadmeIsAValidConfiguration() throws IOException {
    List<String> examples = jsonBlocks(documentation());
    assertThat(examples).as("the documentation has JSON examples").hasSizeGreaterThanOrEqualTo(2);
    for (String example : examples) {
      SimulatorConfig config = SimulatorConfig.fromJson(example);
      assertThat(config.ruleSet().rules()).isNotEmpty();
    }
  }

  @Test
  void theRuleExampleDefinesTheRulesItDescribes() throws IOException {
    String rules =
        jsonBlocks(Files.readString(Path.of("..", "docs", "rules.md"))).stream()
            .filter(example -> example.contains("\"rules\": ["))
            .findFirst()
            .orElseThrow();
    List<Rule> parsed = SimulatorConfig.fromJson(rules).ruleSet().rules();
    assertThat(parsed)
        .extracting(Rule::name)
        .startsWith(
            "big payments are rejected",
            "the payout service is flaky twice",
            "slow payers",
            "a person decides");
    assertThat(parsed.get(3).match().partyId().matches("256780000012")).isTrue();
  }

  /** The pages whose JSON examples are configurations, one after the other. */
  private static String documentation() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path page :
        List.of(
            Path.of("..", "README.md"),
            Path.of("..", "docs", "configuration.md"),
            Path.of("..", "docs", "rules.md"))) {
      all.append(Files.readString(page)).append('\n');
    }
    return all.toString();
  }

  private static List<String> jsonBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JSON_BLOCK.matcher(markdown);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }
}
