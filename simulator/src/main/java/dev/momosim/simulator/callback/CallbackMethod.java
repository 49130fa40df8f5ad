package dev.momosim.simulator.callback;

import dev.momosim.simulator.domain.Operation;
import io.vertx.core.http.HttpMethod;
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

  /** The HTTP method for a callback of this operation. */
  public HttpMethod httpMethodFor(Operation operation) {
    return switch (this) {
      case PUT -> HttpMethod.PUT;
      case POST -> HttpMethod.POST;
      case BY_VERSION -> OperationVersions.isV1(operation) ? HttpMethod.POST : HttpMethod.PUT;
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
