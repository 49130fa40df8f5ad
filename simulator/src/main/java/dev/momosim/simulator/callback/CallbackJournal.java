package dev.momosim.simulator.callback;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The bounded callback journal, newest first: one {@link CallbackDelivery} per delivery. When full,
 * the oldest entry is forgotten. Thread-safe without locks (entries are immutable and replaced
 * whole), so the control API may read it from any thread while the event loop writes.
 */
public final class CallbackJournal {
  /** How many deliveries are kept unless configured otherwise. */
  public static final int DEFAULT_CAPACITY = 1000;

  private final int capacity;
  private final ConcurrentHashMap<String, CallbackDelivery> byId = new ConcurrentHashMap<>();
  private final ConcurrentLinkedDeque<String> newestFirst = new ConcurrentLinkedDeque<>();
  private final AtomicLong sequence = new AtomicLong();
  private volatile Consumer<CallbackDelivery> changes = delivery -> {};

  public CallbackJournal() {
    this(DEFAULT_CAPACITY);
  }

  public CallbackJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "callback journal capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  /** Told of every new or changed entry (the live event stream). */
  public void onChange(Consumer<CallbackDelivery> listener) {
    this.changes = listener;
  }

  /** A new entry id, unique for this journal's life (a cleared journal does not reuse ids). */
  String nextId() {
    return "cb-" + sequence.incrementAndGet();
  }

  /** Adds a delivery as the newest entry, forgetting the oldest ones beyond the capacity. */
  void add(CallbackDelivery delivery) {
    byId.put(delivery.id(), delivery);
    newestFirst.addFirst(delivery.id());
    while (byId.size() > capacity) {
      String oldest = newestFirst.pollLast();
      if (oldest == null) {
        break;
      }
      byId.remove(oldest);
    }
    changes.accept(delivery);
  }

  /**
   * Replaces an entry by applying {@code change}; returns the new entry, or empty if it was
   * forgotten.
   */
  Optional<CallbackDelivery> update(String id, UnaryOperator<CallbackDelivery> change) {
    Optional<CallbackDelivery> changed =
        Optional.ofNullable(byId.computeIfPresent(id, (key, delivery) -> change.apply(delivery)));
    changed.ifPresent(changes);
    return changed;
  }

  public Optional<CallbackDelivery> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every kept delivery, newest first. */
  public List<CallbackDelivery> list() {
    List<CallbackDelivery> entries = new ArrayList<>();
    for (Iterator<String> ids = newestFirst.iterator(); ids.hasNext(); ) {
      CallbackDelivery delivery = byId.get(ids.next());
      if (delivery != null) {
        entries.add(delivery);
      }
    }
    return entries;
  }

  public int capacity() {
    return capacity;
  }

  /** Forgets every entry (on simulator reset). */
  public void clear() {
    newestFirst.clear();
    byId.clear();
  }
}
