package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.CallerContext;
import io.vertx.core.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a change reaches the durable store: under one lock, the change is made on the state
 * in memory and its journal record written to the operating system ({@link JournalWriter}), so the
 * journal holds the changes in the order they were made. The lock is held for the in-memory change
 * and one {@code write} into the page cache, never for a flush to disk. The Future completes once
 * the record is as durable as promised: at once for {@code process}, after the group flush for
 * {@code fsync} (then on the caller's Vert.x context, if it has one). A refusal (nothing changed)
 * completes once every change before it is as durable, so no answer depends on a change that could
 * still be lost. Thread-safe.
 */
final class Gate {
  private final ReentrantLock lock = new ReentrantLock();
  private JournalWriter writer;

  /** Set once the journal is open; changes before that (the replay) are not journalled. */
  void open(JournalWriter openedWriter) {
    lock.lock();
    try {
      this.writer = openedWriter;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Makes the change and journals what it changed.
   *
   * @param change a change on the in-memory store (complete when it returns)
   * @param entry the record for its result, or null when it changed nothing
   */
  <T> Future<T> change(Supplier<Future<T>> change, Function<T, JournalEntry> entry) {
    Future<T> kept;
    lock.lock();
    try {
      Future<T> made = change.get();
      if (!made.isComplete()) {
        throw new IllegalStateException("the in-memory store completes before returning");
      }
      if (made.failed()) {
        return made;
      }
      T result = made.result();
      JournalEntry record = entry.apply(result);
      kept = (record == null ? writer.barrier() : writer.append(record)).map(result);
    } finally {
      lock.unlock();
    }
    return kept.isComplete() ? kept : CallerContext.deliverHere(kept);
  }

  /** Runs {@code action} with no change in between, e.g. to take an image and rotate. */
  <T> T exclusively(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  JournalWriter writer() {
    return writer;
  }
}
