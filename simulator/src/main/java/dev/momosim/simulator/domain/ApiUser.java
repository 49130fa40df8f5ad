package dev.momosim.simulator.domain;

/**
 * A sandbox API user. It belongs to the product whose subscription key created it.
 *
 * @param apiKeyDigest the {@link Secrets#digest} of the current API key, or null before one is
 *     issued; the key itself is never kept
 */
public record ApiUser(
    String id, String providerCallbackHost, Product product, String apiKeyDigest) {
  public ApiUser withApiKeyDigest(String digest) {
    return new ApiUser(id, providerCallbackHost, product, digest);
  }

  /** Whether {@code apiKey} is this user's current key (constant time). */
  public boolean hasApiKey(String apiKey) {
    return Secrets.matches(apiKey, apiKeyDigest);
  }
}
