package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleWriterTest {
  private final RuleFileParser parser =
      new RuleFileParser(
          Map.of("sandbox.ongoingExpirySeconds", 180L, "sandbox.delayedSuccessSeconds", 25L)::get);

  /**
   * {@code rules-as-written.json} is what {@code GET /_sim/rules} answered for these rules before
   * the format became records: key names, key order, number formats and all.
   */
  @Test
  void writesRulesByteForByteAsTheControlApiAlwaysHas() {
    List<Rule> rules =
        parser.parse(resource("rules-to-write.json")).before(parser.sandboxDefaults()).rules();

    assertThat(written(rules)).isEqualTo(resource("rules-as-written.json").strip());
  }

  @Test
  void everyRuleItWritesReadsBackToTheSameRule() {
    List<Rule> rules = parser.parse(resource("rules-to-write.json")).rules();
    for (Rule rule : rules) {
      ObjectNode written = RuleWriter.write(rule, 1);

      Rule read = parser.parseRules(written).get(0);

      assertThat(read.outcome()).as(rule.name()).isEqualTo(rule.outcome());
      assertThat(read.times()).isEqualTo(rule.times());
      assertThat(RuleWriter.write(read, 1)).isEqualTo(written);
    }
  }

  private static String written(List<Rule> rules) {
    ArrayNode array = new ObjectMapper().createArrayNode();
    for (int i = 0; i < rules.size(); i++) {
      array.add(RuleWriter.write(rules.get(i), i == 0 ? 2 : 0));
    }
    return array.toString();
  }

  private static String resource(String name) {
    try (InputStream in = RuleWriterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
