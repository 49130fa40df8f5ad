package dev.momosim.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A closed-loop load: {@code concurrency} callers, each sending its next call when the previous one
 * answers, for a fixed time. Counts successes and failures and keeps every latency for percentiles.
 * Used only from the Vert.x event loop of the caller's context, so it needs no locks.
 */
final class ClosedLoop {
  private final Vertx vertx;
  private final Supplier<Future<?>> call;
  private long[] latencies = new long[1 << 16];
  private int count;
  private int failures;
  private Throwable lastFailure;
  private long deadline;

  ClosedLoop(Vertx vertx, Supplier<Future<?>> call) {
    this.vertx = vertx;
    this.call = call;
  }

  /**
   * Runs for {@code seconds}; the result has requests/s, p50 and p99 in ms, and the failure count.
   */
  static Future<JsonObject> run(
      Vertx vertx, Supplier<Future<?>> call, int concurrency, double seconds) {
    Promise<JsonObject> done = Promise.promise();
    vertx.runOnContext(v -> new ClosedLoop(vertx, call).start(concurrency, seconds, done));
    return done.future();
  }

  private void start(int concurrency, double seconds, Promise<JsonObject> done) {
    long started = System.nanoTime();
    deadline = started + (long) (seconds * 1e9);
    AtomicInteger running = new AtomicInteger(concurrency);
    for (int i = 0; i < concurrency; i++) {
      next(
          () -> {
            if (running.decrementAndGet() == 0) {
              done.complete(result((System.nanoTime() - started) / 1e9));
            }
          });
    }
  }

  private void next(Runnable finished) {
    if (System.nanoTime() >= deadline) {
      finished.run();
      return;
    }
    long sent = System.nanoTime();
    call.get()
        .onComplete(
            outcome -> {
              if (outcome.succeeded()) {
                record(System.nanoTime() - sent);
              } else {
                failures++;
                lastFailure = outcome.cause();
              }
              vertx.runOnContext(
                  v -> next(finished)); // no deep recursion when answers come synchronously
            });
  }

  private void record(long nanos) {
    if (count == latencies.length) {
      latencies = Arrays.copyOf(latencies, count * 2);
    }
    latencies[count++] = nanos;
  }

  private JsonObject result(double elapsedSeconds) {
    long[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return new JsonObject()
        .put("requests", count)
        .put("failures", failures)
        .put("lastFailure", lastFailure == null ? null : String.valueOf(lastFailure))
        .put("requestsPerSecond", count / elapsedSeconds)
        .put("p50Millis", percentile(sorted, 0.50))
        .put("p99Millis", percentile(sorted, 0.99));
  }

  private static Double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return null;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
