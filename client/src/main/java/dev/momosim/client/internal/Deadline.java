package dev.momosim.client.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A point on the monotonic clock by which work must be done, or {@link #NONE}. Immutable and
 * thread-safe.
 */
public final class Deadline {

  /** No deadline: {@link #remainingMillis()} is {@code Long.MAX_VALUE}. */
  public static final Deadline NONE = new Deadline(0, false);

  private final long atNanos;
  private final boolean bounded;

  private Deadline(long atNanos, boolean bounded) {
    this.atNanos = atNanos;
    this.bounded = bounded;
  }

  /** Longer than any wait a caller means literally; a longer timeout means no deadline. */
  static final Duration LONGEST = Duration.ofDays(365L * 100);

  /**
   * The deadline {@code timeout} from now; {@link #NONE} for a timeout over a century, as callers
   * say "never".
   */
  public static Deadline in(Duration timeout) {
    if (timeout.compareTo(LONGEST) > 0) {
      return NONE;
    }
    return new Deadline(System.nanoTime() + timeout.toNanos(), true);
  }

  /** Whether there is a deadline at all. */
  public boolean bounded() {
    return bounded;
  }

  /** Milliseconds left, 0 once passed; {@code Long.MAX_VALUE} without a deadline. */
  public long remainingMillis() {
    if (!bounded) {
      return Long.MAX_VALUE;
    }
    // Compared by difference: nanoTime values may overflow.
    return Math.max(0, TimeUnit.NANOSECONDS.toMillis(atNanos - System.nanoTime()));
  }

  /** Whether work that starts {@code delayMillis} from now still starts before the deadline. */
  public boolean startsBefore(long delayMillis) {
    return delayMillis < remainingMillis();
  }
}
