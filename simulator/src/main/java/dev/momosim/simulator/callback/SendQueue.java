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
 * <p>{@link #close} ends it: no waiting send starts any more, each one is abandoned instead (its
 * owner journals it as not sent), and so is every send offered later.
 *
 * <p>Thread-safe without locks: a slot is a permit taken and given back atomically, and whoever
 * adds work or gives a slot back drains the queue, so no waiting send is left behind. Never blocks.
 */
final class SendQueue {
  /** A send waiting for a slot, and what to do instead if the queue closes first. */
  private record Waiting(Supplier<Future<?>> send, Runnable abandon) {}

  private final int capacity;
  private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waitingCount = new AtomicInteger();
  private final AtomicInteger freeSlots;
  private volatile boolean closed;

  SendQueue(int capacity, int slots) {
    this.capacity = capacity;
    this.freeSlots = new AtomicInteger(slots);
  }

  /**
   * Queues {@code send}, to be started when a slot is free; the slot is held until the future it
   * returns completes. If the queue is closed before it starts (or already is), {@code abandon}
   * runs instead, once.
   *
   * @return false, and nothing is queued, when {@code capacity} sends are already waiting
   */
  boolean offer(Supplier<Future<?>> send, Runnable abandon) {
    if (waitingCount.incrementAndGet() > capacity) {
      waitingCount.decrementAndGet();
      return false;
    }
    waiting.add(new Waiting(send, abandon));
    if (closed) {
      abandonWaiting(); // closed while this was added: close() may have missed it
    } else {
      drain();
    }
    return true;
  }

  /**
   * Starts no waiting send any more: each one's {@code abandon} runs now, on the calling thread,
   * and so does that of every send offered from now on. Sends already started run on.
   */
  void close() {
    closed = true;
    abandonWaiting();
  }

  private void abandonWaiting() {
    Waiting next;
    while ((next = waiting.poll()) != null) {
      waitingCount.decrementAndGet();
      next.abandon().run();
    }
  }

  private void drain() {
    while (!closed && takeSlot()) {
      Waiting next = waiting.poll();
      if (next == null) {
        freeSlots.incrementAndGet();
        // Work added after the poll but before the slot came back found no slot: take it here.
        if (waiting.isEmpty()) {
          return;
        }
        continue;
      }
      waitingCount.decrementAndGet();
      Future<?> running = start(next.send());
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
