package dev.momosim.simulator.app;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work that is due at an instant of the simulator clock: delayed outcomes, expiries, delayed
 * callbacks. Nothing runs by itself: {@link #runDue(Instant)} runs what is due, in due order, and
 * is called when the clock moves, when a real-time timer fires and before every read, so an answer
 * never depends on timer jitter. Each job is taken by exactly one caller. Thread-safe.
 */
public final class Scheduler {
  private record Job(Instant dueAt, long sequence, Supplier<Future<?>> work) {}

  private final PriorityBlockingQueue<Job> queue =
      new PriorityBlockingQueue<>(
          64,
          (a, b) -> {
            int byTime = a.dueAt.compareTo(b.dueAt);
            return byTime != 0 ? byTime : Long.compare(a.sequence, b.sequence);
          });
  private final AtomicLong sequence = new AtomicLong();
  private volatile Consumer<Instant> earliestChanged = at -> {};

  /** Called with the new earliest due instant whenever a job becomes the first in line. */
  public void onEarliestChanged(Consumer<Instant> listener) {
    this.earliestChanged = listener;
  }

  public void schedule(Instant dueAt, Supplier<Future<?>> work) {
    Job job = new Job(dueAt, sequence.incrementAndGet(), work);
    queue.add(job);
    if (queue.peek() == job) {
      earliestChanged.accept(dueAt);
    }
  }

  /**
   * Runs every job due at or before {@code now}, one after the other, including jobs those jobs
   * schedule for then. A failed job does not stop the others.
   *
   * @return how many ran, once all have completed
   */
  public Future<Integer> runDue(Instant now) {
    List<Job> due = takeDue(now);
    if (due.isEmpty()) {
      return Future.succeededFuture(0); // the common case on every read: nothing due
    }
    Future<?> chain = Future.succeededFuture();
    for (Job job : due) {
      chain = chain.transform(ignored -> run(job));
    }
    return chain.transform(ignored -> runDue(now)).map(more -> more + due.size());
  }

  private static Future<?> run(Job job) {
    try {
      return job.work.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  public Optional<Instant> nextDue() {
    Job head = queue.peek();
    return head == null ? Optional.empty() : Optional.of(head.dueAt);
  }

  public void clear() {
    queue.clear();
  }

  private List<Job> takeDue(Instant now) {
    Job head = queue.peek();
    if (head == null || head.dueAt.isAfter(now)) {
      return List.of();
    }
    List<Job> due = new ArrayList<>();
    Job job;
    while ((job = queue.poll()) != null) {
      if (job.dueAt.isAfter(now)) {
        queue.add(job); // polled ahead of its time: put it back and stop
        break;
      }
      due.add(job);
    }
    return due;
  }
}
