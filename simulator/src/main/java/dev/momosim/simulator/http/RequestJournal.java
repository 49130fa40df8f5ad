package dev.momosim.simulator.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The last requests the simulator answered, newest first, bounded (oldest dropped). Entries are
 * already redacted when they arrive. Thread-safe; can be switched off for load tests.
 */
public final class RequestJournal {
  private final ConcurrentLinkedDeque<JsonObject> entries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong();
  private final int capacity;
  private volatile boolean enabled;
  private volatile java.util.function.Consumer<JsonObject> recorded = entry -> {};

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
  public void onRecord(java.util.function.Consumer<JsonObject> listener) {
    this.recorded = listener;
  }

  void record(JsonObject entry) {
    entry.put("id", ids.incrementAndGet());
    entries.addFirst(entry);
    if (size.incrementAndGet() > capacity) {
      if (entries.pollLast() != null) {
        size.decrementAndGet();
      }
    }
    recorded.accept(entry);
  }

  /** Entries matching the filter, newest first. */
  public JsonArray list(Predicate<JsonObject> filter, int limit) {
    JsonArray result = new JsonArray();
    Iterator<JsonObject> newestFirst = entries.iterator();
    while (newestFirst.hasNext() && result.size() < limit) {
      JsonObject entry = newestFirst.next();
      if (filter.test(entry)) {
        result.add(entry.copy());
      }
    }
    return result;
  }

  public void clear() {
    entries.clear();
    size.set(0);
  }
}
