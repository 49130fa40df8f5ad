package dev.momosim.simulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's time. It follows a base clock (real time by default) shifted by an offset, or stands
 * still when frozen; it can be set and advanced. All decisions about expiry and delayed outcomes read
 * this clock, so tests advance it instead of sleeping. Thread-safe: the state is one immutable value
 * swapped atomically.
 */
public final class SimulatorClock {
  private record State(Duration offset, Instant frozenAt) {}

  private final Clock base;
  private final AtomicReference<State> state = new AtomicReference<>(new State(Duration.ZERO, null));

  public SimulatorClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  public static SimulatorClock system() {
    return new SimulatorClock(Clock.systemUTC());
  }

  public Instant now() {
    State current = state.get();
    return current.frozenAt != null ? current.frozenAt : base.instant().plus(current.offset);
  }

  public boolean isFrozen() {
    return state.get().frozenAt != null;
  }

  /** Stops time at the current instant. */
  public Instant freeze() {
    return update(current -> new State(current.offset, nowOf(current)));
  }

  /** Lets time flow again from the current simulated instant. */
  public Instant resume() {
    return update(current -> new State(Duration.between(base.instant(), nowOf(current)), null));
  }

  /** Moves time forward; a frozen clock stays frozen at the new instant. */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("cannot advance the clock by a negative duration: " + by);
    }
    return update(current -> current.frozenAt != null
        ? new State(current.offset, current.frozenAt.plus(by))
        : new State(current.offset.plus(by), null));
  }

  /** Jumps to an instant; a frozen clock stays frozen there. */
  public Instant set(Instant to) {
    return update(current -> current.frozenAt != null
        ? new State(current.offset, to)
        : new State(Duration.between(base.instant(), to), null));
  }

  /** Back to following the base clock exactly. */
  public Instant reset() {
    return update(current -> new State(Duration.ZERO, null));
  }

  private Instant nowOf(State current) {
    return current.frozenAt != null ? current.frozenAt : base.instant().plus(current.offset);
  }

  private Instant update(java.util.function.UnaryOperator<State> change) {
    State next = state.updateAndGet(change);
    return nowOf(next);
  }
}
