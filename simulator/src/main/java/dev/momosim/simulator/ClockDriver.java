package dev.momosim.simulator;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes scheduled work happen in real time while the clock follows real time: keeps one Vert.x
 * timer armed for the earliest due job. When the clock is frozen nothing is armed; moving the clock
 * by hand runs what is due at once ({@link #clockMoved()}). All work runs on the simulator's
 * context.
 */
final class ClockDriver {
  private static final long MAX_TIMER_MILLIS = Duration.ofHours(1).toMillis();

  private final Vertx vertx;
  private final Context context;
  private final Simulation simulation;
  private long timerId = -1;

  ClockDriver(Vertx vertx, Context context, Simulation simulation) {
    this.vertx = vertx;
    this.context = context;
    this.simulation = simulation;
    simulation.scheduler().onEarliestChanged(at -> context.runOnContext(ignored -> arm()));
  }

  /**
   * Runs everything the clock now makes due, and re-arms the timer. Call on the simulator context.
   */
  void clockMoved() {
    simulation.payments().runDue();
    arm();
  }

  private void arm() {
    if (timerId >= 0) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
    if (simulation.clock().isFrozen()) {
      return;
    }
    simulation
        .scheduler()
        .nextDue()
        .ifPresent(
            dueAt -> {
              Instant now = simulation.clock().now();
              long delay =
                  Math.max(1, Math.min(MAX_TIMER_MILLIS, Duration.between(now, dueAt).toMillis()));
              timerId =
                  vertx.setTimer(
                      delay,
                      id -> {
                        timerId = -1;
                        clockMoved();
                      });
            });
  }

  void stop() {
    context.runOnContext(
        ignored -> {
          if (timerId >= 0) {
            vertx.cancelTimer(timerId);
          }
        });
  }
}
