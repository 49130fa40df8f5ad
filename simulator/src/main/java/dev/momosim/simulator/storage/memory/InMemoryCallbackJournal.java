package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.CallbackJournalStore;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The bounded callback journal, newest first. When full, the oldest entry is forgotten. Thread-safe
 * without locks (entries are immutable and replaced whole); every Future is complete on return.
 */
public final class InMemoryCallbackJournal implements CallbackJournalStore {
  private static final String PREFIX = "cb-";

  private final int capacity;
  private final ConcurrentHashMap<String, CallbackDelivery> byId = new ConcurrentHashMap<>();
  private final ConcurrentLinkedDeque<String> newestFirst = new ConcurrentLinkedDeque<>();
  private final AtomicLong sequence = new AtomicLong();

  public InMemoryCallbackJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "callback journal capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public String newId() {
    return PREFIX + sequence.incrementAndGet();
  }

  @Override
  public Future<Void> add(CallbackDelivery delivery) {
    if (delivery.id().startsWith(PREFIX)) { // an id given by another run of this store
      sequence.accumulateAndGet(sequenceOf(delivery.id()), Math::max);
    }
    byId.put(delivery.id(), delivery);
    newestFirst.addFirst(delivery.id());
    while (byId.size() > capacity) {
      String oldest = newestFirst.pollLast();
      if (oldest == null) {
        break;
      }
      byId.remove(oldest);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<CallbackDelivery>> update(
      String id, UnaryOperator<CallbackDelivery> change) {
    return Future.succeededFuture(
        Optional.ofNullable(byId.computeIfPresent(id, (key, delivery) -> change.apply(delivery))));
  }

  @Override
  public Future<Optional<CallbackDelivery>> find(String id) {
    return Future.succeededFuture(Optional.ofNullable(byId.get(id)));
  }

  @Override
  public Future<List<CallbackDelivery>> list(String after, int limit) {
    long before;
    try {
      before = after == null ? Long.MAX_VALUE : sequenceOf(after);
    } catch (MomoException e) {
      return Future.failedFuture(e);
    }
    List<CallbackDelivery> entries = new ArrayList<>();
    for (Iterator<String> ids = newestFirst.iterator(); ids.hasNext() && entries.size() < limit; ) {
      String id = ids.next();
      CallbackDelivery delivery = sequenceOf(id) < before ? byId.get(id) : null;
      if (delivery != null) {
        entries.add(delivery);
      }
    }
    return Future.succeededFuture(entries);
  }

  /** The number in an id this store gave ({@code cb-12}); ids increase as they are given. */
  private static long sequenceOf(String id) {
    if (id.startsWith(PREFIX)) {
      try {
        return Long.parseLong(id.substring(PREFIX.length()));
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw MomoException.badRequest("after must be a callback id such as cb-12, was: " + id);
  }

  /** Every kept delivery, oldest first. */
  List<CallbackDelivery> all() {
    List<CallbackDelivery> all = new ArrayList<>();
    newestFirst
        .descendingIterator()
        .forEachRemaining(
            id -> {
              CallbackDelivery delivery = byId.get(id);
              if (delivery != null) {
                all.add(delivery);
              }
            });
    return all;
  }

  /** The number in the last id given. */
  long lastNumber() {
    return sequence.get();
  }

  void restore(List<CallbackDelivery> image, long lastNumber) {
    clear();
    image.forEach(this::add);
    sequence.accumulateAndGet(lastNumber, Math::max);
  }

  @Override
  public Future<Void> clear() {
    newestFirst.clear();
    byId.clear();
    return Future.succeededFuture();
  }
}
