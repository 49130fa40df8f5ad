package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.WorkQueue;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Scheduled work in this process only: lost with it, so the state's pending transactions and
 * callbacks are scheduled again on start. A job is taken by removing it, so exactly one caller
 * takes it; nothing is ever taken twice. Thread-safe.
 */
public final class InMemoryWorkQueue implements WorkQueue {
  private final PriorityBlockingQueue<Claim> queue =
      new PriorityBlockingQueue<>(
          64,
          (a, b) -> {
            int byTime = a.dueAt().compareTo(b.dueAt());
            return byTime != 0 ? byTime : Long.compare(a.id(), b.id());
          });
  private final AtomicLong ids = new AtomicLong();
  private volatile Consumer<Instant> earliestChanged = at -> {};

  @Override
  public boolean durable() {
    return false;
  }

  @Override
  public Future<Void> schedule(Instant dueAt, Job job) {
    Claim entry = new Claim(ids.incrementAndGet(), dueAt, job, 1);
    queue.add(entry);
    if (queue.peek() == entry) {
      earliestChanged.accept(dueAt);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Claim> scheduleTaken(Instant dueAt, Job job) {
    return Future.succeededFuture(new Claim(ids.incrementAndGet(), dueAt, job, 1));
  }

  @Override
  public Future<List<Claim>> claimDue(Instant now, int max) {
    Claim head = queue.peek();
    if (head == null || head.dueAt().isAfter(now)) {
      return Future.succeededFuture(List.of()); // the common case on every read: nothing due
    }
    List<Claim> due = new ArrayList<>();
    Claim claim;
    while (due.size() < max && (claim = queue.poll()) != null) {
      if (claim.dueAt().isAfter(now)) {
        queue.add(claim); // polled ahead of its time: put it back and stop
        break;
      }
      due.add(claim);
    }
    return Future.succeededFuture(due);
  }

  @Override
  public Future<Void> done(Claim claim) {
    return Future.succeededFuture();
  }

  @Override
  public Optional<Instant> nextDue() {
    Claim head = queue.peek();
    return head == null ? Optional.empty() : Optional.of(head.dueAt());
  }

  @Override
  public void onEarliestChanged(Consumer<Instant> listener) {
    this.earliestChanged = listener;
  }

  @Override
  public Future<Void> clear() {
    queue.clear();
    return Future.succeededFuture();
  }
}
