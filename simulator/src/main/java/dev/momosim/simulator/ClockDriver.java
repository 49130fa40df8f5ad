package dev.momosim.simulator;

import dev.momosim.simulator.app.Time;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes scheduled work happen in real time while the clock follows real time: keeps one Vert.x
 * timer armed for the earliest due job. When the clock is frozen nothing is armed; moving the clock
 * by hand runs what is due itself ({@link Time}) and re-arms this timer. Its state is touched only
 * on the simulator's context: work it waits for may end on any event loop (the requests' loops
 * settle due work too), so it comes back to that context before it looks at its timer.
 */
final class ClockDriver {
  private static final long MAX_TIMER_MILLIS = Duration.ofHours(1).toMillis();

  private final Vertx vertx;
  private final Context context;
  private final Time time;
  private long timerId = -1;
  private long pollId = -1;

  /**
   * @param poll how often to look for due work other instances scheduled (a shared store), if any
   */
  ClockDriver(Vertx vertx, Context context, Time time, Optional<Duration> poll) {
    this.vertx = vertx;
    this.context = context;
    this.time = time;
    time.onMoved(() -> context.runOnContext(ignored -> arm()));
    poll.ifPresent(
        every ->
            context.runOnContext(
                ignored -> pollId = vertx.setPeriodic(every.toMillis(), id -> pollOnce())));
  }

  private boolean polling;

  /** One look at a time: a slow database must not pile looks up. */
  private void pollOnce() {
    if (polling) {
      return;
    }
    polling = true;
    time.settleDue().onComplete(settled -> onContext(() -> polling = false));
  }

  private void arm() {
    if (timerId >= 0) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
    if (time.frozen()) {
      return;
    }
    time.nextDue()
        .ifPresent(
            dueAt -> {
              Instant now = time.now();
              long delay =
                  Math.max(1, Math.min(MAX_TIMER_MILLIS, Duration.between(now, dueAt).toMillis()));
              timerId =
                  vertx.setTimer(
                      delay,
                      id -> {
                        timerId = -1;
                        time.settleDue().onComplete(settled -> onContext(this::arm));
                      });
            });
  }

  /** Runs {@code action} on the simulator's context: now if already there, else as a task. */
  private void onContext(Runnable action) {
    if (Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(ignored -> action.run());
    }
  }

  void stop() {
    context.runOnContext(
        ignored -> {
          if (timerId >= 0) {
            vertx.cancelTimer(timerId);
          }
          if (pollId >= 0) {
            vertx.cancelTimer(pollId);
          }
        });
  }
}
