package dev.momosim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.momosim.simulator.config.ConfigJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configuration table (docs/configuration.md) documents the packaged defaults key by key: every
 * key it names exists, every default key is documented, and every default it shows as a value is
 * the packaged one.
 */
class ConfigurationReadmeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonNode defaults = ConfigJson.packagedDefaults();

  @Test
  void everyDocumentedKeyIsAConfigurationKey() throws IOException {
    for (String key : table().keySet()) {
      assertThat(node(key).isMissingNode())
          .as("documented key %s in default-config.json", key)
          .isFalse();
    }
  }

  @Test
  void everyConfigurationKeyIsDocumented() throws IOException {
    Map<String, String> table = table();
    for (String path : leafPaths(defaults, "")) {
      assertThat(table.keySet())
          .as("%s is documented in docs/configuration.md", path)
          .anyMatch(key -> path.equals(key) || path.startsWith(key + "."));
    }
  }

  @Test
  void everyDocumentedDefaultIsThePackagedOne() throws IOException {
    int checked = 0;
    for (Map.Entry<String, String> row : table().entrySet()) {
      String cell = row.getValue();
      if (cell.startsWith("`") && cell.endsWith("`") && cell.indexOf('`', 1) == cell.length() - 1) {
        String shown = cell.substring(1, cell.length() - 1);
        JsonNode value = node(row.getKey());
        if (value.isTextual()) {
          assertThat(shown).as(row.getKey()).isEqualTo(value.asText());
        } else {
          assertThat(MAPPER.readTree(shown)).as(row.getKey()).isEqualTo(value);
        }
        checked++;
      }
    }
    assertThat(checked).as("defaults shown as values").isGreaterThan(20);
  }

  private JsonNode node(String key) {
    return defaults.at("/" + key.replace('.', '/'));
  }

  /** Key to default cell, from the table in docs/configuration.md. */
  private static Map<String, String> table() throws IOException {
    String section = Files.readString(Path.of("..", "docs", "configuration.md"));
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : section.lines().toList()) {
      String[] cells = line.split("\\|");
      if (line.startsWith("| `") && cells.length > 3) {
        rows.put(cells[1].strip().replace("`", ""), cells[2].strip());
      }
    }
    assertThat(rows).as("the configuration table").hasSizeGreaterThan(25);
    return rows;
  }

  /** Every key path down to a value, not descending into arrays. */
  private static List<String> leafPaths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = prefix + field.getKey();
      if (field.getValue().isObject() && field.getValue().size() > 0) {
        paths.addAll(leafPaths(field.getValue(), path + "."));
      } else {
        paths.add(path);
      }
    }
    return paths;
  }
}
