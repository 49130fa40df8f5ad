package dev.momosim.simulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's time. It follows a base clock (real time by default) shifted by an offset, or
 * stands still when frozen; it can be set and advanced. All decisions about expiry and delayed
 * outcomes read this clock, so tests advance it instead of sleeping. It can be set or advanced only
 * within {@link #EARLIEST} and {@link #LATEST}, so that everything computed from it (token expiry,
 * timers, dates on the wire) stays far from the end of {@link Instant}'s range. Thread-safe: the
 * state is one immutable value swapped atomically.
 */
public final class SimulatorClock {
  public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private final Clock base;
  private final AtomicReference<ClockState> state =
      new AtomicReference<>(ClockState.FOLLOWING_BASE);

  public SimulatorClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  public static SimulatorClock system() {
    return new SimulatorClock(Clock.systemUTC());
  }

  public Instant now() {
    ClockState current = state.get();
    return current.frozenAt() != null ? current.frozenAt() : base.instant().plus(current.offset());
  }

  public boolean isFrozen() {
    return state.get().frozen();
  }

  /** Stops time at the current instant. */
  public Instant freeze() {
    return update(current -> new ClockState(current.offset(), nowOf(current)));
  }

  /** Lets time flow again from the current simulated instant. */
  public Instant resume() {
    return update(
        current -> new ClockState(Duration.between(base.instant(), nowOf(current)), null));
  }

  /**
   * Moves time forward; a frozen clock stays frozen at the new instant.
   *
   * @throws MomoException 400 when that would pass {@link #LATEST}
   */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("cannot advance the clock by a negative duration: " + by);
    }
    return update(
        current -> {
          Instant now = nowOf(current);
          if (by.compareTo(Duration.between(now, LATEST)) > 0) {
            throw MomoException.badRequest(
                "Advancing the clock (now "
                    + now
                    + ") by "
                    + by
                    + " would pass "
                    + LATEST
                    + ", the latest instant it can show.");
          }
          return current.frozenAt() != null
              ? new ClockState(current.offset(), current.frozenAt().plus(by))
              : new ClockState(current.offset().plus(by), null);
        });
  }

  /**
   * Jumps to an instant; a frozen clock stays frozen there.
   *
   * @throws MomoException 400 when the instant is before {@link #EARLIEST} or after {@link #LATEST}
   */
  public Instant set(Instant to) {
    if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
      throw MomoException.badRequest(
          "The clock can be set from " + EARLIEST + " to " + LATEST + ", not to " + to + ".");
    }
    return update(
        current ->
            current.frozenAt() != null
                ? new ClockState(current.offset(), to)
                : new ClockState(Duration.between(base.instant(), to), null));
  }

  /** Back to following the base clock exactly. */
  public Instant reset() {
    return update(current -> ClockState.FOLLOWING_BASE);
  }

  /** What the clock remembers now: its offset and frozen instant, to keep in a store. */
  public ClockState state() {
    return state.get();
  }

  /** Takes up a remembered state (from a store, or another instance's change). */
  public Instant restore(ClockState remembered) {
    return update(current -> Objects.requireNonNull(remembered, "remembered"));
  }

  private Instant nowOf(ClockState current) {
    return current.frozenAt() != null ? current.frozenAt() : base.instant().plus(current.offset());
  }

  private Instant update(java.util.function.UnaryOperator<ClockState> change) {
    ClockState next = state.updateAndGet(change);
    return nowOf(next);
  }
}
