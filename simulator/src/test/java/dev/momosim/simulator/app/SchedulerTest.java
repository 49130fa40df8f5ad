package dev.momosim.simulator.app;

import static dev.momosim.simulator.app.Completed.awaited;
import static dev.momosim.simulator.app.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.app.port.WorkQueue;
import dev.momosim.simulator.storage.memory.InMemoryWorkQueue;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final InMemoryWorkQueue queue = new InMemoryWorkQueue();
  private final Scheduler scheduler = new Scheduler(queue);
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final Map<String, Supplier<Future<?>>> behaviours = new ConcurrentHashMap<>();
  private final AtomicInteger keys = new AtomicInteger();

  @BeforeEach
  void runJobsByTheirKey() {
    scheduler.handle(
        WorkQueue.Kind.SETTLE,
        Scheduler.Completion.AFTER_RUN,
        claim -> behaviours.get(claim.job().key()).get());
  }

  @Test
  void runsOnlyWhatIsDueInDueOrder() {
    scheduler.schedule(T0.plusSeconds(20), job("second"));
    scheduler.schedule(T0.plusSeconds(10), job("first"));
    scheduler.schedule(T0.plusSeconds(30), job("later"));

    assertThat(value(scheduler.runDue(T0.plusSeconds(25)))).isEqualTo(2);
    assertThat(ran).containsExactly("first", "second");
    assertThat(scheduler.nextDue()).contains(T0.plusSeconds(30));
  }

  @Test
  void runsNothingBeforeTheFirstJobIsDue() {
    scheduler.schedule(T0.plusSeconds(10), job("later"));

    assertThat(value(scheduler.runDue(T0.plusSeconds(9)))).isZero();
    assertThat(ran).isEmpty();
    assertThat(value(scheduler.runDue(T0.plusSeconds(10)))).isEqualTo(1);
    assertThat(scheduler.nextDue()).isEmpty();
  }

  @Test
  void jobsDueAtTheSameInstantRunInTheOrderTheyWereScheduled() {
    scheduler.schedule(T0, job("a"));
    scheduler.schedule(T0, job("b"));
    value(scheduler.runDue(T0));
    assertThat(ran).containsExactly("a", "b");
  }

  @Test
  void runsJobsThatDueJobsScheduleForTheSameTime() {
    scheduler.schedule(
        T0,
        job(
            () -> {
              scheduler.schedule(T0.plusSeconds(1), job("follow-up"));
              return Future.succeededFuture();
            }));
    assertThat(value(scheduler.runDue(T0.plusSeconds(5)))).isEqualTo(2);
    assertThat(ran).containsExactly("follow-up");
  }

  @Test
  void waitsForAJobsFutureBeforeRunningTheNext() {
    Promise<Void> slow = Promise.promise();
    scheduler.schedule(
        T0,
        job(
            () -> {
              ran.add("slow started");
              return slow.future();
            }));
    scheduler.schedule(T0, job("next"));

    Future<Integer> running = scheduler.runDue(T0);

    assertThat(running.isComplete()).isFalse();
    assertThat(ran).containsExactly("slow started");
    slow.complete();
    assertThat(value(running)).isEqualTo(2);
    assertThat(ran).containsExactly("slow started", "next");
  }

  @Test
  void aSecondCallerWaitsForTheDueJobAnotherCallerIsStillRunning() {
    Promise<Void> slow = Promise.promise();
    scheduler.schedule(T0, job(() -> slow.future()));
    Future<Integer> timer = scheduler.runDue(T0);

    Future<Integer> reader = scheduler.runDue(T0);

    assertThat(reader.isComplete()).as("a read must not pass a due job still settling").isFalse();
    slow.complete();
    assertThat(value(timer)).isEqualTo(1);
    assertThat(value(reader)).isZero();
  }

  @Test
  void aCallerWaitingForAJobAnotherEventLoopRunsResumesOnItsOwnContext() throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    try {
      Context timerLoop = ((VertxInternal) vertx).createEventLoopContext();
      Context readerLoop = ((VertxInternal) vertx).createEventLoopContext();
      Thread timerThread = threadOf(timerLoop);
      Thread readerThread = threadOf(readerLoop);
      assertThat(readerThread).isNotSameAs(timerThread);
      Promise<Void> slow = Promise.promise();
      CountDownLatch taken = new CountDownLatch(1);
      scheduler.schedule(
          T0,
          job(
              () -> {
                taken.countDown();
                return slow.future();
              }));
      timerLoop.runOnContext(ignored -> scheduler.runDue(T0));
      assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

      CompletableFuture<Thread> resumedOn = new CompletableFuture<>();
      CountDownLatch waiting = new CountDownLatch(1);
      readerLoop.runOnContext(
          ignored -> {
            scheduler.runDue(T0).onComplete(done -> resumedOn.complete(Thread.currentThread()));
            waiting.countDown();
          });
      assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
      timerLoop.runOnContext(ignored -> slow.complete());

      assertThat(resumedOn.get(10, TimeUnit.SECONDS)).isSameAs(readerThread);
    } finally {
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }

  private static Thread threadOf(Context context) throws Exception {
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    context.runOnContext(ignored -> thread.complete(Thread.currentThread()));
    return thread.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aCallerDoesNotWaitForARunningJobDueAfterItsInstant() {
    Promise<Void> slow = Promise.promise();
    scheduler.schedule(T0.plusSeconds(10), job(() -> slow.future()));
    Future<Integer> timer = scheduler.runDue(T0.plusSeconds(10));

    assertThat(value(scheduler.runDue(T0))).isZero();
    assertThat(timer.isComplete()).isFalse();
    slow.complete();
    assertThat(value(timer)).isEqualTo(1);
  }

  @Test
  void aFailedJobDoesNotStopTheOthers() {
    scheduler.schedule(T0, job(() -> Future.failedFuture(new IllegalStateException("failed"))));
    scheduler.schedule(
        T0,
        job(
            () -> {
              throw new IllegalStateException("thrown");
            }));
    scheduler.schedule(T0, job("still runs"));

    assertThat(value(scheduler.runDue(T0))).isEqualTo(3);
    assertThat(ran).containsExactly("still runs");
  }

  @Test
  void tellsTheListenerWhenAJobBecomesFirstInLine() {
    List<Instant> earliest = new ArrayList<>();
    scheduler.onEarliestChanged(earliest::add);
    scheduler.schedule(T0.plusSeconds(10), job("a"));
    scheduler.schedule(T0.plusSeconds(20), job("b"));
    scheduler.schedule(T0.plusSeconds(5), job("c"));
    assertThat(earliest).containsExactly(T0.plusSeconds(10), T0.plusSeconds(5));
  }

  @Test
  void clearingForgetsEveryJob() {
    scheduler.schedule(T0, job("forgotten"));

    scheduler.clear();

    assertThat(scheduler.nextDue()).isEmpty();
    assertThat(value(scheduler.runDue(T0))).isZero();
    assertThat(ran).isEmpty();
  }

  @Test
  void eachJobIsTakenByExactlyOneOfManyRacingCallers() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    for (int i = 0; i < 2000; i++) {
      scheduler.schedule(
          T0.plusMillis(i % 7),
          job(
              () -> {
                runs.incrementAndGet();
                return Future.succeededFuture();
              }));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<java.util.concurrent.Future<Integer>> callers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      callers.add(
          pool.submit(
              () -> {
                start.await();
                // a caller may wait for the jobs another is running: wait with a deadline
                return awaited(scheduler.runDue(T0.plusSeconds(1)));
              }));
    }
    start.countDown();
    int reported = 0;
    for (java.util.concurrent.Future<Integer> caller : callers) {
      reported += caller.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(runs.get()).isEqualTo(2000);
    assertThat(reported).isEqualTo(2000);
  }

  private WorkQueue.Job job(String name) {
    return job(
        () -> {
          ran.add(name);
          return Future.succeededFuture();
        });
  }

  private WorkQueue.Job job(Supplier<Future<?>> behaviour) {
    String key = "job-" + keys.incrementAndGet();
    behaviours.put(key, behaviour);
    return new WorkQueue.Job(WorkQueue.Kind.SETTLE, key);
  }
}
