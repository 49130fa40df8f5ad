package dev.momosim.simulator.http;

import io.vertx.core.json.JsonArray;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The last requests the simulator answered, newest first, bounded (oldest dropped). Entries are
 * already redacted when they arrive. Thread-safe; can be switched off for load tests.
 */
public final class RequestJournal {
  private final ConcurrentLinkedDeque<JournalEntry> entries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong();
  private final int capacity;
  private volatile boolean enabled;
  private volatile Consumer<JournalEntry> recorded = entry -> {};

  public RequestJournal(boolean enabled, int capacity) {
    this.enabled = enabled;
    this.capacity = Math.max(1, capacity);
  }

  public boolean enabled() {
    return enabled;
  }

  public void enabled(boolean on) {
    this.enabled = on;
  }

  /** Told of every new entry (the live event stream). */
  public void onRecord(Consumer<JournalEntry> listener) {
    this.recorded = listener;
  }

  long nextId() {
    return ids.incrementAndGet();
  }

  void record(JournalEntry entry) {
    entries.addFirst(entry);
    if (size.incrementAndGet() > capacity && entries.pollLast() != null) {
      size.decrementAndGet();
    }
    recorded.accept(entry);
  }

  /** Entries matching the filter as JSON, newest first. */
  public JsonArray list(Predicate<JournalEntry> filter, int limit) {
    JsonArray result = new JsonArray();
    Iterator<JournalEntry> newestFirst = entries.iterator();
    while (newestFirst.hasNext() && result.size() < limit) {
      JournalEntry entry = newestFirst.next();
      if (filter.test(entry)) {
        result.add(entry.toJson());
      }
    }
    return result;
  }

  public void clear() {
    entries.clear();
    size.set(0);
  }
}
