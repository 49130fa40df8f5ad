package dev.momosim.client.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code awaitFinal} polls a transaction's status: the interval starts at {@code
 * initialInterval} and grows by half each poll up to {@code maxInterval}. A 404 is tolerated for
 * {@code notFoundGrace} after the first poll, because a transaction may not be visible right after
 * the 202. Immutable and thread-safe.
 *
 * @param initialInterval the first delay between polls
 * @param maxInterval the largest delay between polls (MoMo caps status reads at 10 per second)
 * @param notFoundGrace how long a 404 counts as "not visible yet"
 */
public record PollingPolicy(
    Duration initialInterval, Duration maxInterval, Duration notFoundGrace) {

  public PollingPolicy {
    Objects.requireNonNull(initialInterval, "initialInterval");
    Objects.requireNonNull(maxInterval, "maxInterval");
    Objects.requireNonNull(notFoundGrace, "notFoundGrace");
    if (initialInterval.isNegative()
        || initialInterval.isZero()
        || maxInterval.compareTo(initialInterval) < 0) {
      throw new IllegalArgumentException(
          "intervals must satisfy 0 < initialInterval <= maxInterval");
    }
  }

  /** Polls after 1 s, growing to 10 s; a 404 is tolerated for 10 s. */
  public static PollingPolicy defaults() {
    return new PollingPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  /** The delay before poll number {@code poll} (1 for the second poll). */
  public long delayMillis(int poll) {
    double base = initialInterval.toMillis() * Math.pow(1.5, Math.max(0, poll - 1));
    return Math.round(Math.min(base, maxInterval.toMillis()));
  }
}
