package dev.momosim.simulator.domain;

import java.util.Locale;

/**
 * How callbacks are sent. MTN's documents disagree (momo-api.md §12): PUT is the documented
 * default, a v1 request-to-pay callback was observed as a POST, and the spec labels v1 callbacks
 * POST and v2 callbacks PUT, which {@link #BY_VERSION} follows.
 */
public enum CallbackMethod {
  PUT,
  POST,
  BY_VERSION;

  /** The HTTP method for a callback of a request that came in on this version's path. */
  public String httpMethodFor(ApiVersion version) {
    return switch (this) {
      case PUT -> "PUT";
      case POST -> "POST";
      case BY_VERSION -> version == ApiVersion.V1_0 ? "POST" : "PUT";
    };
  }

  /** Parses a config value, case-insensitively; {@code by-version} is accepted for BY_VERSION. */
  public static CallbackMethod parse(String value) {
    String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (CallbackMethod method : values()) {
      if (method.name().equals(normalised)) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "callbacks.method must be PUT, POST or BY_VERSION, was " + value);
  }
}
