package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.exception.AwaitTimeoutException;
import dev.momosim.client.model.PollingPolicy;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code --wait} for what the client has no await helper for (invoices, pre-approvals): reads the
 * status on Vert.x timers, at the client's polling intervals, until it is final. A failed read ends
 * the wait with that failure; no final status within the timeout fails it with an {@link
 * AwaitTimeoutException}, as the client's own helpers do.
 */
final class StatusPolling<T> {
  private final MomoClient momo;
  private final PollingPolicy policy;
  private final Supplier<Future<T>> read;
  private final Predicate<T> isFinal;
  private final String awaited;
  private final Duration timeout;
  private final long deadline;
  private final Promise<T> result = Promise.promise();

  private StatusPolling(
      MomoClient momo,
      Supplier<Future<T>> read,
      Predicate<T> isFinal,
      String awaited,
      Duration timeout) {
    this.momo = momo;
    this.policy = momo.config().pollingPolicy();
    this.read = read;
    this.isFinal = isFinal;
    this.awaited = awaited;
    this.timeout = timeout;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /**
   * Reads with {@code read} until {@code isFinal} holds.
   *
   * @param awaited what is awaited, for the timeout's message, e.g. {@code a final status of
   *     invoice REF}
   */
  static <T> Future<T> untilFinal(
      MomoClient momo,
      Supplier<Future<T>> read,
      Predicate<T> isFinal,
      String awaited,
      Duration timeout) {
    StatusPolling<T> polling = new StatusPolling<>(momo, read, isFinal, awaited, timeout);
    polling.poll(0);
    return polling.result.future();
  }

  private void poll(int poll) {
    read.get()
        .onFailure(result::fail)
        .onSuccess(
            seen -> {
              if (isFinal.test(seen)) {
                result.complete(seen);
                return;
              }
              long delay = policy.delayMillis(poll + 1);
              if (System.nanoTime() + Duration.ofMillis(delay).toNanos() - deadline > 0) {
                result.fail(new AwaitTimeoutException(awaited, timeout, null));
                return;
              }
              momo.vertx().setTimer(delay, fired -> poll(poll + 1));
            });
  }
}
