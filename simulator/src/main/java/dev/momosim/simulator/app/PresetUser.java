package dev.momosim.simulator.app;

import dev.momosim.simulator.domain.Product;
import java.util.Objects;

/**
 * An API user every simulator starts with, whose documented key never changes.
 *
 * @param apiKey its fixed API key
 */
public record PresetUser(String id, String apiKey, Product product, String providerCallbackHost) {
  public PresetUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(providerCallbackHost, "providerCallbackHost");
  }

  @Override
  public String toString() {
    return "PresetUser[id=" + id + ", product=" + product + ", apiKey=<redacted>]";
  }
}
