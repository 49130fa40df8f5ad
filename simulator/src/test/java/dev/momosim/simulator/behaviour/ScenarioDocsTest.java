package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The token table of docs/scenarios.md lists exactly the {@link ScenarioToken}s, and each token
 * translates into the rule outcome its row says, placeholders filled in with sample values.
 */
class ScenarioDocsTest {
  private static final String TABLE_HEADER = "| token | as a rule `outcome` |";
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\|$");
  private static final Map<String, String> SAMPLES =
      Map.of(
          "<seconds>", "90",
          "<ms>", "250",
          "<status>", "503",
          "<REASON>", "APPROVAL_REJECTED",
          "<CODE>", "SERVICE_UNAVAILABLE");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theTableListsEveryTokenAndNoOther() throws IOException {
    assertThat(documentedRows().keySet())
        .containsExactlyElementsOf(
            Arrays.stream(ScenarioToken.values()).map(ScenarioToken::form).toList());
  }

  @Test
  void eachTokenTranslatesIntoTheOutcomeItsRowShows() throws IOException {
    for (Map.Entry<String, String> row : documentedRows().entrySet()) {
      JsonNode documented = JSON.readTree(filledIn(row.getValue()));
      assertThat(ScenarioShortForm.outcome(filledIn(row.getKey())))
          .as("docs/scenarios.md's row for %s", row.getKey())
          .isEqualTo(documented);
    }
  }

  private static String filledIn(String text) {
    String filled = text;
    for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
      filled = filled.replace(sample.getKey(), sample.getValue());
    }
    return filled;
  }

  /** Token form to outcome JSON, in the table's order. */
  private static Map<String, String> documentedRows() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "scenarios.md"));
    Map<String, String> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : page.lines().toList()) {
      if (line.equals(TABLE_HEADER)) {
        inTable = true;
      } else if (inTable && !line.startsWith("|")) {
        break;
      } else if (inTable) {
        Matcher row = ROW.matcher(line);
        if (row.matches()) {
          rows.put(row.group(1), row.group(2));
        } else {
          assertThat(line).as("a row of the token table").startsWith("|---");
        }
      }
    }
    assertThat(rows).as("the token table of docs/scenarios.md").isNotEmpty();
    return rows;
  }
}
