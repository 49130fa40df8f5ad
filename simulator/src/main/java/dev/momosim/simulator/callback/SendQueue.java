package dev.momosim.simulator.callback;

import io.vertx.core.Future;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded outbound queue in front of the callback client: at most {@code slots} sends run at
 * once and at most {@code capacity} wait, first in first out. A send starts only when a slot is
 * free, so whatever it times is its own work (connecting, the receiver's answer), never the wait.
 *
 * <p>Thread-safe without locks: a slot is a permit taken and given back atomically, and whoever
 * adds work or gives a slot back drains the queue, so no waiting send is left behind. Never blocks.
 */
final class SendQueue {
  private final int capacity;
  private final Queue<Supplier<Future<?>>> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waitingCount = new AtomicInteger();
  private final AtomicInteger freeSlots;

  SendQueue(int capacity, int slots) {
    this.capacity = capacity;
    this.freeSlots = new AtomicInteger(slots);
  }

  /**
   * Queues {@code send}, to be started when a slot is free; the slot is held until the future it
   * returns completes.
   *
   * @return false, and nothing is queued, when {@code capacity} sends are already waiting
   */
  boolean offer(Supplier<Future<?>> send) {
    if (waitingCount.incrementAndGet() > capacity) {
      waitingCount.decrementAndGet();
      return false;
    }
    waiting.add(send);
    drain();
    return true;
  }

  private void drain() {
    while (takeSlot()) {
      Supplier<Future<?>> next = waiting.poll();
      if (next == null) {
        freeSlots.incrementAndGet();
        // Work added after the poll but before the slot came back found no slot: take it here.
        if (waiting.isEmpty()) {
          return;
        }
        continue;
      }
      waitingCount.decrementAndGet();
      Future<?> running = start(next);
      if (running.isComplete()) {
        freeSlots.incrementAndGet(); // ended at once (a URL that cannot be sent): loop, not recurse
      } else {
        running.onComplete(
            ended -> {
              freeSlots.incrementAndGet();
              drain();
            });
      }
    }
  }

  private boolean takeSlot() {
    int free;
    do {
      free = freeSlots.get();
      if (free == 0) {
        return false;
      }
    } while (!freeSlots.compareAndSet(free, free - 1));
    return true;
  }

  private static Future<?> start(Supplier<Future<?>> send) {
    try {
      return send.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
