package dev.momosim.simulator.http;

/** Names of the values the gateway checks leave in the routing context for the handlers. */
final class ContextKeys {
  /**
   * The {@link dev.momosim.simulator.domain.Product} whose subscription key the request carried.
   */
  static final String KEY_PRODUCT = "momo.keyProduct";

  /** The {@link dev.momosim.simulator.domain.ApiUser} behind the bearer token. */
  static final String API_USER = "momo.apiUser";

  private ContextKeys() {}
}
