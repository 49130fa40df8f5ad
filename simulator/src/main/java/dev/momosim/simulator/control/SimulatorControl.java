package dev.momosim.simulator.control;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;

/**
 * Controls a running simulator: its clock and its state. Implemented in process and over HTTP
 * ({@code /_sim}). Every method returns a Future that fails with {@link ControlException} when the
 * simulator refuses (e.g. deciding a transaction that is already final) or cannot be reached.
 * Implementations are thread-safe.
 */
public interface SimulatorControl {
  /** The simulator clock's current instant. */
  Future<Instant> now();

  /** Moves the clock forward and runs everything that becomes due before completing. */
  Future<Instant> advanceClock(Duration by);

  /** Stops the clock at its current instant. */
  Future<Instant> freezeClock();

  /** Lets a frozen clock run again from where it stands. */
  Future<Instant> resumeClock();

  /** Moves the clock to an instant (frozen clocks stay frozen) and runs what becomes due. */
  Future<Instant> setClock(Instant to);

  /** Back to the configured start state: no transactions, tokens or extra API users; rules and balances as configured. */
  Future<Void> reset();
}
