package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.ClockStore;
import dev.momosim.simulator.app.port.WorkQueue;
import dev.momosim.simulator.domain.SimulatorClock;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The simulator's time: reading and moving the clock, and running the work it makes due. Every move
 * is kept in the {@link ClockStore} and announced; what it makes due runs before the move's Future
 * completes. Reads that depend on the clock call {@link #settleDue()} first: this is the one place
 * that does it. Thread-safe.
 */
public final class Time {
  private final SimulatorClock clock;
  private final Scheduler scheduler;
  private final ClockStore store;
  private final ChangeFeed changes;
  private final CopyOnWriteArrayList<Runnable> moveListeners = new CopyOnWriteArrayList<>();
  private final Coalescer<Instant> refreshes;
  private final Coalescer<Void> settlings;

  public Time(SimulatorClock clock, Scheduler scheduler, ClockStore store, ChangeFeed changes) {
    this.clock = clock;
    this.scheduler = scheduler;
    this.store = store;
    this.changes = changes;
    scheduler.onEarliestChanged(at -> moveListeners.forEach(Runnable::run));
    this.refreshes = new Coalescer<>(() -> store.load().map(clock::restore));
    this.settlings =
        new Coalescer<>(
            () -> store.load().compose(state -> scheduler.runDue(clock.restore(state))).mapEmpty());
  }

  /**
   * Takes up the clock as other instances left it, where the clock is shared (a no-op otherwise):
   * what a request reads as now is then never older than the request. Concurrent callers share one
   * read of the store, never one that began before they called.
   */
  public Future<Instant> refresh() {
    return store.shared() ? refreshes.run() : Future.succeededFuture(clock.now());
  }

  public Instant now() {
    return clock.now();
  }

  public boolean frozen() {
    return clock.isFrozen();
  }

  /**
   * Takes up the clock state the store holds (on start, and after a state import), forgetting every
   * scheduled job: the caller schedules what the restored state implies.
   */
  public Future<Instant> restore() {
    if (!scheduler.durable()) {
      scheduler.clear(); // a durable queue keeps its work: other instances may be running it
    }
    return store
        .load()
        .map(
            state -> {
              Instant now = clock.restore(state);
              moveListeners.forEach(Runnable::run);
              return now;
            });
  }

  public Future<Instant> advance(Duration by) {
    return moved(() -> clock.advance(by));
  }

  public Future<Instant> freeze() {
    return moved(clock::freeze);
  }

  public Future<Instant> resume() {
    return moved(clock::resume);
  }

  public Future<Instant> set(Instant to) {
    return moved(() -> clock.set(to));
  }

  /**
   * Back to following real time, forgetting every scheduled job (part of a reset, which announces
   * itself).
   */
  public Future<Instant> reset() {
    Instant now = clock.reset();
    return scheduler
        .clear()
        .compose(cleared -> store.save(clock.state()))
        .map(
            kept -> {
              moveListeners.forEach(Runnable::run);
              return now;
            });
  }

  /** Runs {@code job} when the clock reaches {@code at} (at once if it already has, on a read). */
  public Future<Void> schedule(Instant at, WorkQueue.Job job) {
    return scheduler.schedule(at, job);
  }

  /** Keeps {@code job} as taken by the caller, who runs it now and reports it {@link #done}. */
  public Future<WorkQueue.Claim> scheduleTaken(WorkQueue.Job job) {
    return scheduler.scheduleTaken(clock.now(), job);
  }

  public Future<Void> done(WorkQueue.Claim claim) {
    return scheduler.done(claim);
  }

  /** Who runs the jobs of {@code kind} when they are due. */
  public void handle(
      WorkQueue.Kind kind,
      Scheduler.Completion completion,
      Function<WorkQueue.Claim, Future<?>> handler) {
    scheduler.handle(kind, completion, handler);
  }

  /** True if scheduled work outlives this process: nothing is rescheduled on start. */
  public boolean keepsWork() {
    return scheduler.durable();
  }

  /**
   * Runs whatever the clock has made due, so the next read sees the state the clock implies. A
   * clock shared with other instances is read first, so a move made anywhere is seen here.
   */
  public Future<Void> settleDue() {
    if (!store.shared()) {
      return scheduler.runDue(clock.now()).mapEmpty();
    }
    return settlings.run(); // one look at the shared clock and queue serves every waiting reader
  }

  /** When the earliest scheduled job is due, if any. */
  public Optional<Instant> nextDue() {
    return scheduler.nextDue();
  }

  /** Called after every move of the clock and every new earliest job (to re-arm a timer). */
  public void onMoved(Runnable listener) {
    moveListeners.add(listener);
  }

  private Future<Instant> moved(Supplier<Instant> move) {
    if (store.shared()) { // moved from the state every instance sees, atomically
      return store
          .update(
              kept -> {
                clock.restore(kept);
                move.get();
                return clock.state();
              })
          .compose(kept -> announceMove(clock.restore(kept)));
    }
    Instant now;
    try {
      now = move.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return store.save(clock.state()).compose(kept -> announceMove(now));
  }

  private Future<Instant> announceMove(Instant now) {
    return settleDue()
        .map(
            settled -> {
              changes.publish(new Change.ClockChanged(now, clock.state()));
              moveListeners.forEach(Runnable::run);
              return now;
            });
  }
}
