package dev.momosim.shop;

import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.product.ProductOperations;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Learns the final status of a payment or payout: from its callback, or, when none comes, by
 * polling the status with backoff until it is final or the approval window ends. A callback is only
 * a hint (anyone can call the public callback URL): the status it announces is confirmed with a
 * status read before it counts. Register with {@link #watch} before the creating POST, so a
 * callback that arrives at once is not lost. Thread-safe.
 */
final class Settlement {

  /** A final transaction and how it was learnt: {@code callback} or {@code polling}. */
  record Settled(Transaction transaction, String by) {}

  /** No final status within the approval window. */
  static final class WindowEnded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WindowEnded(String referenceId, Duration window) {
      super("no final status for " + referenceId + " within " + window, null, false, false);
    }
  }

  private record Watch(ProductOperations product, Promise<Settled> promise) {}

  private final Vertx vertx;
  private final PollingPolicy polling;
  private final Duration window;
  private final Map<String, Watch> watching = new ConcurrentHashMap<>();

  Settlement(Vertx vertx, PollingPolicy polling, Duration window) {
    this.vertx = vertx;
    this.polling = polling;
    this.window = window;
  }

  /**
   * Starts listening for callbacks about {@code referenceId}; the Future completes with the final
   * transaction, or fails with {@link WindowEnded}. Call {@link #startPolling} once MoMo accepted
   * the request.
   */
  Future<Settled> watch(String referenceId, ProductOperations product) {
    Promise<Settled> promise = Promise.promise();
    watching.put(referenceId, new Watch(product, promise));
    return promise.future().onComplete(done -> watching.remove(referenceId));
  }

  /** Stops listening (the creating POST failed for good). */
  void forget(String referenceId) {
    watching.remove(referenceId);
  }

  /** Polls with backoff until final, a callback settles it first, or the window ends. */
  void startPolling(String referenceId) {
    Watch watch = watching.get(referenceId);
    if (watch != null) {
      poll(referenceId, watch, 0, System.nanoTime() + window.toNanos());
    }
  }

  /** A callback arrived: confirm what it says with a status read. */
  void callback(Transaction announced) {
    String referenceId = announced.referenceId();
    Watch watch = referenceId == null ? null : watching.get(referenceId);
    if (watch == null || !announced.isFinal()) {
      return;
    }
    watch
        .product()
        .status(referenceId)
        .onSuccess(
            confirmed -> {
              if (confirmed.isFinal()) {
                watch.promise().tryComplete(new Settled(confirmed, "callback"));
              }
            });
  }

  private void poll(String referenceId, Watch watch, int attempt, long deadline) {
    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    long delay = Math.max(1, Math.min(polling.delayMillis(attempt), Math.max(left, 1)));
    vertx.setTimer(
        delay,
        fired -> {
          if (watch.promise().future().isComplete()) {
            return;
          }
          watch
              .product()
              .status(referenceId)
              .onComplete(
                  read -> {
                    if (read.succeeded() && read.result().isFinal()) {
                      watch.promise().tryComplete(new Settled(read.result(), "polling"));
                    } else if (System.nanoTime() - deadline >= 0) {
                      // A 404 right after the 202 or a lost answer is no news: keep polling until
                      // the window ends.
                      watch.promise().tryFail(new WindowEnded(referenceId, window));
                    } else {
                      poll(referenceId, watch, attempt + 1, deadline);
                    }
                  });
        });
  }
}
