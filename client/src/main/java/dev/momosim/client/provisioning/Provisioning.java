package dev.momosim.client.provisioning;

import io.vertx.core.Future;

/**
 * The sandbox provisioning API: create an API user for a subscription key, then an API key for it.
 * Obtain it with {@code MomoClient.provisioning(subscriptionKey)}; no API user or token is needed.
 *
 * <p>Thread-safe. A failed {@code Future} carries a {@link
 * dev.momosim.client.exception.MomoException}, e.g. {@link
 * dev.momosim.client.exception.MomoAuthenticationException} for a wrong subscription key.
 */
public interface Provisioning {

  /**
   * Creates an API user with a generated id.
   *
   * @param providerCallbackHost a host name without scheme or path, e.g. {@code merchant.example}
   * @return the new user id
   */
  Future<String> createApiUser(String providerCallbackHost);

  /**
   * Creates an API user with a caller-chosen id (UUID v4), so the call can be repeated safely.
   *
   * @return the user id
   */
  Future<String> createApiUser(String providerCallbackHost, String referenceId);

  /**
   * Reads an API user; fails with {@link dev.momosim.client.exception.MomoNotFoundException} when
   * unknown.
   */
  Future<ApiUser> apiUser(String userId);

  /**
   * Creates a new API key for the user. The key cannot be read back later: store it.
   *
   * @return the API key
   */
  Future<String> createApiKey(String userId);
}
