package dev.momosim.simulator.http;

/**
 * A refusal by the API gateway (Azure API Management) in front of MoMo, rendered in its own shape
 * {@code {"statusCode":401,"message":"..."}}.
 */
public final class GatewayRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  private GatewayRefusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static GatewayRefusal missingSubscriptionKey() {
    return new GatewayRefusal(
        401,
        "Access denied due to missing subscription key. Make sure to include "
            + "subscription key when making requests to an API.");
  }

  static GatewayRefusal invalidSubscriptionKey() {
    return new GatewayRefusal(
        401,
        "Access denied due to invalid subscription key. Make sure to provide "
            + "a valid key for an active subscription.");
  }
}
