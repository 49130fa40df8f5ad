package dev.momosim.simulator.storage.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code limit} items of a large collection in some order, found in one pass that holds
 * at most {@code limit + 1} of them: a listing page costs memory for the page only, never a copy
 * and sort of everything kept. Not thread-safe; one per listing.
 */
final class Firsts<T> {
  private final Comparator<T> order;
  private final int limit;
  private final PriorityQueue<T> lastOnTop;

  Firsts(Comparator<T> order, int limit) {
    this.order = order;
    this.limit = limit;
    this.lastOnTop = new PriorityQueue<>(Math.min(limit, 1024) + 1, order.reversed());
  }

  void offer(T item) {
    if (lastOnTop.size() < limit) {
      lastOnTop.add(item);
    } else if (order.compare(item, lastOnTop.peek()) < 0) {
      lastOnTop.poll();
      lastOnTop.add(item);
    }
  }

  /** The items kept, in order. */
  List<T> sorted() {
    List<T> items = new ArrayList<>(lastOnTop);
    items.sort(order);
    return items;
  }
}
