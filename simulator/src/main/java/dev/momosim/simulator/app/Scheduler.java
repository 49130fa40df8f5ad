package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.CallerContext;
import dev.momosim.simulator.app.port.WorkQueue;
import dev.momosim.simulator.app.port.WorkQueue.Claim;
import dev.momosim.simulator.app.port.WorkQueue.Job;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the work that is due at an instant of the simulator clock (delayed outcomes, expiries,
 * delayed callbacks), kept as data in a {@link WorkQueue}. Nothing runs by itself: {@link
 * #runDue(Instant)} runs what is due, in due order, and is called when the clock moves, when a
 * real-time timer fires and before every read, so an answer never depends on timer jitter. Each job
 * is taken by exactly one caller (of every instance sharing the queue). Thread-safe.
 */
public final class Scheduler {
  /** How many due jobs are taken at once. */
  private static final int BATCH = 64;

  /**
   * When a job counts as finished.
   *
   * <ul>
   *   <li>{@code AFTER_RUN}: when the Future its handler returns completes; the next job waits
   *   <li>{@code BY_HANDLER}: the handler only starts it (the next job does not wait) and reports
   *       it {@link #done} itself, however long it takes
   * </ul>
   */
  public enum Completion {
    AFTER_RUN,
    BY_HANDLER
  }

  private record Handler(Function<Claim, Future<?>> run, Completion completion) {}

  private final WorkQueue queue;
  private final Map<WorkQueue.Kind, Handler> handlers = new ConcurrentHashMap<>();

  /** Jobs this process has taken and not yet finished, by claim id. */
  private final Map<Long, Running> running = new ConcurrentHashMap<>();

  private record Running(Instant dueAt, Promise<Void> finished) {}

  public Scheduler(WorkQueue queue) {
    this.queue = queue;
  }

  /** Who runs the jobs of {@code kind}. */
  public void handle(
      WorkQueue.Kind kind, Completion completion, Function<Claim, Future<?>> handler) {
    handlers.put(kind, new Handler(handler, completion));
  }

  /** Called with the new earliest due instant whenever a job becomes the first in line. */
  public void onEarliestChanged(Consumer<Instant> listener) {
    queue.onEarliestChanged(listener);
  }

  /** True if scheduled work outlives this process (kept in a shared store). */
  public boolean durable() {
    return queue.durable();
  }

  public Future<Void> schedule(Instant dueAt, Job job) {
    return queue.schedule(dueAt, job);
  }

  /** Keeps a job the caller runs at once; the caller reports it {@link #done}. */
  public Future<Claim> scheduleTaken(Instant dueAt, Job job) {
    return queue.scheduleTaken(dueAt, job);
  }

  public Future<Void> done(Claim claim) {
    return queue.done(claim);
  }

  /**
   * Runs every job due at or before {@code now}, one after the other, including jobs those jobs
   * schedule for then. A failed job does not stop the others; it is not reported done, so a durable
   * queue hands it out again once its lease runs out. Jobs due by {@code now} that another caller
   * in this process has taken are waited for too, so a read that settles first never sees one half
   * done (a timer may have taken it a moment before). A handler must therefore never wait for
   * {@code runDue} itself.
   *
   * @return how many this call ran, once all have completed
   */
  public Future<Integer> runDue(Instant now) {
    return claimDue(now)
        .compose(
            due -> {
              if (due.isEmpty()) {
                return othersRunningBy(now).map(0);
              }
              Future<?> chain = Future.succeededFuture();
              for (Claim claim : due) {
                chain = chain.transform(ignored -> run(claim));
              }
              return chain.transform(ignored -> runDue(now)).map(more -> more + due.size());
            });
  }

  /**
   * Takes what is due and notes it running in one step, where the queue answers at once (in
   * memory): a caller that finds nothing left to take then always sees what another has taken.
   */
  private Future<List<Claim>> claimDue(Instant now) {
    Future<List<Claim>> claimed;
    synchronized (running) {
      claimed = queue.claimDue(now, BATCH);
      if (claimed.succeeded()) {
        noteRunning(claimed.result());
        return claimed;
      }
    }
    return claimed.map(
        due -> {
          noteRunning(due);
          return due;
        });
  }

  private void noteRunning(List<Claim> due) {
    for (Claim claim : due) {
      running.put(claim.id(), new Running(claim.dueAt(), Promise.promise()));
    }
  }

  /**
   * Waits for the jobs due by {@code now} that other callers have taken. They may be running on
   * another event loop (the simulator answers on several): the caller is resumed on its own
   * context, not on the thread that finished the last of them.
   */
  private Future<Void> othersRunningBy(Instant now) {
    List<Future<Void>> waits = new ArrayList<>();
    for (Running job : running.values()) {
      if (!job.dueAt().isAfter(now)) {
        waits.add(job.finished().future());
      }
    }
    if (waits.isEmpty()) {
      return Future.succeededFuture();
    }
    return CallerContext.deliverHere(Future.join(waits).mapEmpty());
  }

  private Future<?> run(Claim claim) {
    return started(claim)
        .andThen(
            ran -> {
              Running job = running.remove(claim.id());
              if (job != null) {
                job.finished().complete();
              }
            });
  }

  private Future<?> started(Claim claim) {
    Handler handler = handlers.get(claim.job().kind());
    if (handler == null) {
      return Future.failedFuture(
          new IllegalStateException("no handler for " + claim.job().kind() + " jobs"));
    }
    Future<?> ran;
    try {
      ran = handler.run().apply(claim);
    } catch (RuntimeException e) {
      ran = Future.failedFuture(e);
    }
    if (handler.completion() == Completion.BY_HANDLER) {
      return ran;
    }
    return ran.compose(finished -> queue.done(claim));
  }

  public Optional<Instant> nextDue() {
    return queue.nextDue();
  }

  public Future<Void> clear() {
    return queue.clear();
  }
}
