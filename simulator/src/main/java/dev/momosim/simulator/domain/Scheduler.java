package dev.momosim.simulator.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Work that is due at an instant of the {@link SimulatorClock}: delayed outcomes, expiries,
 * callbacks. Nothing runs by itself: {@link #runDue(Instant)} runs what is due, in due order, and
 * is called when the clock moves, when a real-time timer fires and before every read, so an answer
 * never depends on timer jitter. Thread-safe.
 */
public final class Scheduler {
  private record Job(Instant dueAt, long sequence, Runnable work) {}

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

  public void schedule(Instant dueAt, Runnable work) {
    Job job = new Job(dueAt, sequence.incrementAndGet(), work);
    queue.add(job);
    if (queue.peek() == job) {
      earliestChanged.accept(dueAt);
    }
  }

  /** Runs every job due at or before {@code now}, including jobs those jobs schedule for then. */
  public int runDue(Instant now) {
    int ran = 0;
    while (true) {
      List<Job> due = takeDue(now);
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        job.work.run();
        ran++;
      }
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
      return List.of(); // the common case on every read: nothing due, no queue changes
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
