package dev.momosim.simulator.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The bounded outbound queue: slots, capacity, order, and no lost work under concurrency. */
class SendQueueTest {
  private static final Runnable NEVER_ABANDONED =
      () -> {
        throw new AssertionError("abandoned, though the queue was not closed");
      };

  private final List<String> started = new ArrayList<>();
  private final List<String> abandoned = new ArrayList<>();
  private final List<Promise<Void>> running = new ArrayList<>();

  private Supplier<Future<?>> send(String name) {
    return () -> {
      started.add(name);
      Promise<Void> done = Promise.promise();
      running.add(done);
      return done.future();
    };
  }

  @Test
  void startsAsManySendsAsThereAreSlotsAndQueuesUpToTheCapacity() {
    SendQueue queue = new SendQueue(2, 2);

    List<Boolean> accepted = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d", "e")) {
      accepted.add(queue.offer(send(name), NEVER_ABANDONED));
    }

    assertThat(accepted).containsExactly(true, true, true, true, false);
    assertThat(started).containsExactly("a", "b");
  }

  @Test
  void startsTheOldestWaitingSendWhenASlotIsFreed() {
    SendQueue queue = new SendQueue(10, 1);
    queue.offer(send("a"), NEVER_ABANDONED);
    queue.offer(send("b"), NEVER_ABANDONED);
    queue.offer(send("c"), NEVER_ABANDONED);

    running.get(0).complete();
    assertThat(started).containsExactly("a", "b");

    running.get(1).fail("the receiver hung up");
    assertThat(started).containsExactly("a", "b", "c");
  }

  @Test
  void aFreedSlotMakesRoomInTheQueueAgain() {
    SendQueue queue = new SendQueue(1, 1);
    queue.offer(send("a"), NEVER_ABANDONED);
    queue.offer(send("b"), NEVER_ABANDONED);
    assertThat(queue.offer(send("refused"), NEVER_ABANDONED)).isFalse();

    running.get(0).complete();

    assertThat(queue.offer(send("c"), NEVER_ABANDONED)).isTrue();
    assertThat(started).containsExactly("a", "b");
  }

  @Test
  void closingAbandonsEveryWaitingSendAndStartsNoneLater() {
    SendQueue queue = new SendQueue(10, 1);
    for (String name : List.of("a", "b", "c")) {
      queue.offer(send(name), () -> abandoned.add(name));
    }

    queue.close();
    running.get(0).complete();

    assertThat(started).containsExactly("a");
    assertThat(abandoned).containsExactly("b", "c");
  }

  @Test
  void aSendOfferedAfterClosingIsAbandonedAtOnce() {
    SendQueue queue = new SendQueue(10, 1);
    queue.close();

    assertThat(queue.offer(send("late"), () -> abandoned.add("late"))).isTrue();

    assertThat(started).isEmpty();
    assertThat(abandoned).containsExactly("late");
  }

  @Test
  void aSendThatEndsAtOnceOrThrowsGivesItsSlotBack() {
    SendQueue queue = new SendQueue(10_000, 1);
    AtomicInteger ran = new AtomicInteger();

    for (int i = 0; i < 5_000; i++) {
      int n = i;
      queue.offer(
          () -> {
            ran.incrementAndGet();
            if (n % 2 == 0) {
              throw new IllegalArgumentException("not a URL");
            }
            return Future.succeededFuture();
          },
          NEVER_ABANDONED);
    }

    assertThat(ran).hasValue(5_000);
    assertThat(queue.offer(send("last"), NEVER_ABANDONED)).isTrue();
    assertThat(started).containsExactly("last");
  }

  @Test
  void neverRunsMoreThanItsSlotsAndRunsEverySendItAcceptsWhenOfferedFromManyThreads()
      throws InterruptedException {
    int slots = 4;
    SendQueue queue = new SendQueue(100_000, slots);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger ran = new AtomicInteger();
    ConcurrentLinkedQueue<Promise<Void>> toFinish = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    AtomicInteger accepted = new AtomicInteger();

    for (int t = 0; t < 4; t++) {
      threads.execute(
          () -> {
            for (int i = 0; i < 2_000; i++) {
              boolean ok =
                  queue.offer(
                      () -> {
                        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        ran.incrementAndGet();
                        Promise<Void> done = Promise.promise();
                        toFinish.add(done);
                        return done.future();
                      },
                      NEVER_ABANDONED);
              if (ok) {
                accepted.incrementAndGet();
              }
              finishSome(toFinish, inFlight);
            }
          });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    Awaitility.await("every accepted send runs and ends")
        .atMost(Awaits.DEADLINE)
        .pollInterval(Duration.ofMillis(1))
        .until(
            () -> {
              while (finishSome(toFinish, inFlight)) {
                // the ended sends start waiting ones, which are finished in turn
              }
              return ran.get() == accepted.get() && inFlight.get() == 0;
            });

    assertThat(accepted).hasValue(8_000);
    assertThat(ran).hasValue(8_000);
    assertThat(most.get()).isBetween(1, slots);
  }

  /** Ends one running send, if any; whether there was one. */
  private static boolean finishSome(
      ConcurrentLinkedQueue<Promise<Void>> toFinish, AtomicInteger inFlight) {
    Promise<Void> next = toFinish.poll();
    if (next == null) {
      return false;
    }
    inFlight.decrementAndGet();
    next.complete();
    return true;
  }
}
