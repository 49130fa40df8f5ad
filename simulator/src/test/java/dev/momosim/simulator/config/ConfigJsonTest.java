package dev.momosim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigJsonTest {
  /** Keys that may be left out: their absence means what their default means. */
  private static final Set<String> OPTIONAL =
      Set.of(
          "rulesFile",
          "eventLoops",
          "control.adminToken",
          "storage.dataDir",
          "storage.state",
          "storage.databaseUrl",
          "tls.httpsPort",
          "tls.caDir",
          "subscriptionKeys.collection.secondary",
          "subscriptionKeys.disbursement.secondary",
          "subscriptionKeys.remittance.secondary");

  @Test
  void eachDefaultLivesInThePackagedJsonOnlyTheRecordsFillNothingIn() {
    List<String> paths = objectKeyPaths(ConfigJson.packagedDefaults(), "");
    assertThat(paths).contains("port", "callbacks.journalCapacity", "ledger.accounts.collection");

    for (String path : paths) {
      if (OPTIONAL.contains(path)) {
        continue;
      }
      ObjectNode without = ConfigJson.packagedDefaults();
      remove(without, path);
      assertThatThrownBy(() -> ConfigJson.bind(without))
          .as("binding the defaults without %s", path)
          .isInstanceOf(IllegalArgumentException.class)
          .message()
          .satisfiesAnyOf(
              message -> assertThat(message).startsWith(path + " "),
              message -> assertThat(message).isEqualTo(path + " has no key"));
    }
  }

  @Test
  void objectsMergeKeyByKeyAndTheBaseStaysAsItWas() {
    ObjectNode base =
        ConfigJson.parse("{\"a\": {\"b\": 1, \"c\": {\"d\": 2, \"e\": 3}}, \"f\": 4}");

    ObjectNode merged = ConfigJson.merge(base, ConfigJson.parse("{\"a\": {\"c\": {\"e\": 30}}}"));

    assertThat(merged)
        .isEqualTo(ConfigJson.parse("{\"a\": {\"b\": 1, \"c\": {\"d\": 2, \"e\": 30}}, \"f\": 4}"));
    assertThat(base.at("/a/c/e").asInt()).isEqualTo(3);
  }

  @Test
  void arraysNullsAndOtherValuesReplaceWhole() {
    ObjectNode base = ConfigJson.parse("{\"list\": [1, 2, 3], \"obj\": {\"x\": 1}, \"n\": 5}");

    ObjectNode merged =
        ConfigJson.merge(base, ConfigJson.parse("{\"list\": [9], \"obj\": null, \"n\": \"five\"}"));

    assertThat(merged)
        .isEqualTo(ConfigJson.parse("{\"list\": [9], \"obj\": null, \"n\": \"five\"}"));
  }

  @Test
  void aProductUnderSubscriptionKeysReplacesThatProductWhole() {
    ObjectNode merged =
        ConfigJson.merge(
            ConfigJson.packagedDefaults(),
            ConfigJson.parse("{\"subscriptionKeys\": {\"collection\": {\"primary\": \"p\"}}}"));

    assertThat(merged.at("/subscriptionKeys/collection"))
        .isEqualTo(ConfigJson.parse("{\"primary\": \"p\"}"));
    assertThat(merged.at("/subscriptionKeys/disbursement/secondary").isTextual()).isTrue();
  }

  @Test
  void aConfigurationIsAJsonObject() {
    assertThatThrownBy(() -> ConfigJson.parse("[1]"))
        .hasMessage("configuration must be a JSON object");
    assertThatThrownBy(() -> ConfigJson.parse("{\"port\": 8080,"))
        .hasMessageStartingWith("configuration is not valid JSON");
  }

  /** The path of every key of every object, not descending into arrays. */
  private static List<String> objectKeyPaths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = prefix + field.getKey();
      paths.add(path);
      if (field.getValue().isObject()) {
        paths.addAll(objectKeyPaths(field.getValue(), path + "."));
      }
    }
    return paths;
  }

  private static void remove(ObjectNode root, String path) {
    int dot = path.lastIndexOf('.');
    JsonNode parent = dot < 0 ? root : root.at("/" + path.substring(0, dot).replace('.', '/'));
    ((ObjectNode) parent).remove(path.substring(dot + 1));
  }
}
