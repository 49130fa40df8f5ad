package dev.momosim.simulator.storage.postgres;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When a bounded table is trimmed back to its capacity: every {@code capacity / 16} additions of
 * this instance (every addition below 32, at most every 256), so a table holds at most its capacity
 * plus one period per instance, and trimming costs one statement now and then instead of one per
 * addition. Thread-safe.
 */
final class Trimming {
  private final int period;
  private final AtomicLong added = new AtomicLong();

  Trimming(int capacity) {
    this.period = Math.max(1, Math.min(256, capacity / 16));
  }

  /** Counts one addition; true when it is one that trims. */
  boolean due() {
    return added.incrementAndGet() % period == 0;
  }
}
