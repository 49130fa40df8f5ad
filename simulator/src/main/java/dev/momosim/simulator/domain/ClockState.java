package dev.momosim.simulator.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the simulator clock remembers: its offset from the base clock, and the instant it stands
 * still at when frozen.
 *
 * @param offset added to the base clock while the clock runs
 * @param frozenAt the instant it shows while frozen, else null
 */
public record ClockState(Duration offset, Instant frozenAt) {
  /** Following the base clock exactly. */
  public static final ClockState FOLLOWING_BASE = new ClockState(Duration.ZERO, null);

  public ClockState {
    Objects.requireNonNull(offset, "offset");
  }

  public boolean frozen() {
    return frozenAt != null;
  }
}
