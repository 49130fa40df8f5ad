package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.RequestJournalStore;
import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The last requests, newest first, bounded (the oldest dropped). Thread-safe; every Future is
 * complete on return.
 */
final class InMemoryRequestJournal implements RequestJournalStore {
  private final ConcurrentLinkedDeque<RequestRecord> entries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong();
  private final int capacity;

  InMemoryRequestJournal(int capacity) {
    this.capacity = Math.max(1, capacity);
  }

  @Override
  public long newId() {
    return ids.incrementAndGet();
  }

  @Override
  public Future<Void> record(RequestRecord entry) {
    entries.addFirst(entry);
    if (size.incrementAndGet() > capacity && entries.pollLast() != null) {
      size.decrementAndGet();
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<List<RequestRecord>> list(Predicate<RequestRecord> filter, int limit) {
    List<RequestRecord> result = new ArrayList<>();
    Iterator<RequestRecord> newestFirst = entries.iterator();
    while (newestFirst.hasNext() && result.size() < limit) {
      RequestRecord entry = newestFirst.next();
      if (filter.test(entry)) {
        result.add(entry);
      }
    }
    return Future.succeededFuture(result);
  }

  @Override
  public Future<Void> clear() {
    entries.clear();
    size.set(0);
    return Future.succeededFuture();
  }
}
