package dev.momosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.momosim.client.Product;
import dev.momosim.simulator.SimulatorConfig;
import java.util.Locale;

/**
 * A product's preset API user and primary subscription key, as a simulator config declares them.
 */
record PresetUser(String apiUser, String apiKey, String subscriptionKey) {
  static PresetUser of(SimulatorConfig config, Product product) {
    String name = product.name().toLowerCase(Locale.ROOT);
    String key =
        config
            .subscriptionKeys(dev.momosim.simulator.domain.Product.valueOf(product.name()))
            .get(0);
    for (JsonNode preset : config.section("apiUsers").path("preset")) {
      if (preset.path("product").asText().equalsIgnoreCase(name)) {
        return new PresetUser(preset.path("id").asText(), preset.path("apiKey").asText(), key);
      }
    }
    return new PresetUser(null, null, key);
  }
}
