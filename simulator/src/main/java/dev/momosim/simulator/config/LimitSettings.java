package dev.momosim.simulator.config;

import java.time.Duration;

/**
 * Request and connection limits ({@code limits}); docs/limits.md says what a client sees when one
 * is reached. A timeout of 0 switches that timeout off.
 *
 * @param bodyBytes a larger request body is refused with 413
 * @param idleTimeoutSeconds a keep-alive connection with no request for this long is closed
 * @param headerTimeoutMillis the whole request head must arrive within this, counted from the
 *     connection's opening (first request) or the next request's first byte (keep-alive)
 * @param bodyTimeoutMillis the whole body must arrive within this after the head, else 408
 * @param maxConnections at most this many connections are open at once
 * @param shutdownGraceSeconds how long requests in flight may run on when the simulator stops
 */
public record LimitSettings(
    int bodyBytes,
    int idleTimeoutSeconds,
    int headerTimeoutMillis,
    int bodyTimeoutMillis,
    int maxConnections,
    int shutdownGraceSeconds) {
  public LimitSettings {
    Require.atLeast(1, bodyBytes, "limits.bodyBytes");
    Require.atLeast(0, idleTimeoutSeconds, "limits.idleTimeoutSeconds");
    Require.atLeast(0, headerTimeoutMillis, "limits.headerTimeoutMillis");
    Require.atLeast(0, bodyTimeoutMillis, "limits.bodyTimeoutMillis");
    Require.atLeast(1, maxConnections, "limits.maxConnections");
    Require.atLeast(0, shutdownGraceSeconds, "limits.shutdownGraceSeconds");
  }

  public Duration idleTimeout() {
    return Duration.ofSeconds(idleTimeoutSeconds);
  }

  public Duration headerTimeout() {
    return Duration.ofMillis(headerTimeoutMillis);
  }

  public Duration bodyTimeout() {
    return Duration.ofMillis(bodyTimeoutMillis);
  }

  public Duration shutdownGrace() {
    return Duration.ofSeconds(shutdownGraceSeconds);
  }
}
