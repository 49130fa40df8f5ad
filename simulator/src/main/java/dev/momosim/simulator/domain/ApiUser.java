package dev.momosim.simulator.domain;

/**
 * A sandbox API user. It belongs to the product whose subscription key created it, and to one
 * tenant of the simulator (docs/tenants.md).
 *
 * @param apiKeyDigest the {@link Secrets#digest} of the current API key, or null before one is
 *     issued; the key itself is never kept
 * @param tenant the tenant it belongs to, or null for the default tenant
 */
public record ApiUser(
    String id, String providerCallbackHost, Product product, String apiKeyDigest, String tenant) {
  /** The id of the tenant every API user no other tenant claims belongs to. */
  public static final String DEFAULT_TENANT = "default";

  public ApiUser {
    if (DEFAULT_TENANT.equals(tenant)) {
      tenant = null; // one spelling for the default tenant, so stored users compare alike
    }
  }

  /** A user of the default tenant. */
  public ApiUser(String id, String providerCallbackHost, Product product, String apiKeyDigest) {
    this(id, providerCallbackHost, product, apiKeyDigest, null);
  }

  public ApiUser withApiKeyDigest(String digest) {
    return new ApiUser(id, providerCallbackHost, product, digest, tenant);
  }

  /** The id of the tenant it belongs to ({@link #DEFAULT_TENANT} for the default one). */
  public String tenantId() {
    return tenant == null ? DEFAULT_TENANT : tenant;
  }

  /** Whether {@code apiKey} is this user's current key (constant time). */
  public boolean hasApiKey(String apiKey) {
    return Secrets.matches(apiKey, apiKeyDigest);
  }
}
