package dev.momosim.simulator.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.momosim.simulator.domain.Product;

/**
 * An API user of {@code apiUsers.preset}. List entries are not merged with defaults, so the one
 * optional key's default is here: a missing {@code providerCallbackHost} is {@code localhost}.
 */
public record PresetUser(
    String id,
    String apiKey,
    @JsonDeserialize(using = ProductName.class) Product product,
    String providerCallbackHost) {

  public PresetUser {
    Require.text(id, "apiUsers.preset: id");
    Require.text(apiKey, "apiUsers.preset: apiKey");
    Require.present(product, "apiUsers.preset: product");
    providerCallbackHost = providerCallbackHost == null ? "localhost" : providerCallbackHost;
  }

  @Override
  public String toString() {
    return "PresetUser[id=" + id + ", product=" + product + ", apiKey=<redacted>]";
  }
}
