package dev.momosim.simulator.callback;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/** Waiting on the JUnit thread, with a deadline and without sleeping. */
final class Awaits {
  static final Duration DEADLINE = Duration.ofSeconds(10);

  private Awaits() {}

  static <T> T result(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("no result within " + DEADLINE, e);
    }
  }

  /** The cause a future fails with; an assertion error if it succeeds. */
  static Throwable failure(Future<?> future) {
    Object value;
    try {
      value = result(future);
    } catch (AssertionError expected) {
      return expected.getCause();
    }
    throw new AssertionError("expected a failure, got " + value);
  }

  /** Polls {@code probe} every 10 ms until it yields a value, for at most {@link #DEADLINE}. */
  static <T> T until(Supplier<Optional<T>> probe) {
    return Awaitility.await()
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(10))
        .until(probe::get, Optional::isPresent)
        .orElseThrow();
  }

  /** Runs {@code work} on a Vert.x event loop, as the simulator calls its listeners, and waits. */
  static <T> T onLoop(Vertx vertx, Supplier<T> work) {
    Promise<T> done = Promise.promise();
    vertx
        .getOrCreateContext()
        .runOnContext(
            ignored -> {
              try {
                done.complete(work.get());
              } catch (RuntimeException | AssertionError e) {
                done.fail(e);
              }
            });
    return result(done.future());
  }
}
