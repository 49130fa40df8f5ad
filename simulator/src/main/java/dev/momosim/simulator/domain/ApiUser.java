package dev.momosim.simulator.domain;

/**
 * A sandbox API user. It belongs to the product whose subscription key created it.
 *
 * @param apiKey the current API key, or null before one is issued
 */
public record ApiUser(String id, String providerCallbackHost, Product product, String apiKey) {
  public ApiUser withApiKey(String key) {
    return new ApiUser(id, providerCallbackHost, product, key);
  }

  @Override
  public String toString() {
    return "ApiUser[id="
        + id
        + ", providerCallbackHost="
        + providerCallbackHost
        + ", product="
        + product
        + ", apiKey="
        + (apiKey == null ? "none" : "<redacted>")
        + "]";
  }
}
