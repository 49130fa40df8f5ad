package dev.momosim.client.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How transient failures (connection failures, timeouts, HTTP 429 and 5xx without a definite
 * business code) are retried: exponential backoff with jitter. Immutable and thread-safe.
 *
 * @param maxAttempts total attempts including the first, at least 1
 * @param initialDelay delay before the first retry
 * @param maxDelay cap of any delay
 * @param multiplier growth factor of the delay per retry, at least 1
 * @param jitter fraction in [0, 1] of the delay that is randomised: the delay is drawn from {@code
 *     [d * (1 - jitter), d]}
 */
public record RetryPolicy(
    int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
    }
    if (multiplier < 1.0) {
      throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
    }
    if (jitter < 0.0 || jitter > 1.0) {
      throw new IllegalArgumentException("jitter must be within [0, 1], got " + jitter);
    }
  }

  /** Three attempts, 250 ms then 500 ms (up to 5 s), half of each delay randomised. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(5), 2.0, 0.5);
  }

  /** A single attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0);
  }

  /**
   * The delay in milliseconds before retry number {@code retry} (1 for the first retry).
   *
   * @param random a value in [0, 1) used for the jitter
   */
  public long delayMillis(int retry, double random) {
    double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, maxDelay.toMillis());
    return Math.round(capped * (1.0 - jitter * random));
  }
}
