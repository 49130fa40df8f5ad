package dev.momosim.cli;

import dev.momosim.client.product.Product;
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
    for (dev.momosim.simulator.config.PresetUser preset : config.presetUsers()) {
      if (preset.product().pathName().equals(name)) {
        return new PresetUser(preset.id(), preset.apiKey(), key);
      }
    }
    return new PresetUser(null, null, key);
  }
}
