package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoException;
import dev.momosim.client.exception.MomoRateLimitException;
import dev.momosim.client.model.RetryPolicy;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.lang.System.Logger.Level;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Runs an attempt again after a retryable failure ({@link MomoException#isRetryable()}), waiting
 * with exponential backoff and jitter on a Vert.x timer. A retry that would start after the call's
 * deadline is not made. Once the client is closed, calls fail with a {@code MomoTransportException}
 * "client closed", including those in flight or waiting to retry. Thread-safe.
 */
public final class RetryExecutor {

  private static final System.Logger LOG = System.getLogger(RetryExecutor.class.getName());

  private final ClientLifecycle lifecycle;
  private final RetryPolicy policy;

  public RetryExecutor(ClientLifecycle lifecycle, RetryPolicy policy) {
    this.lifecycle = lifecycle;
    this.policy = policy;
  }

  /** Whether the client is closed and the results it still owes. */
  public ClientLifecycle lifecycle() {
    return lifecycle;
  }

  /**
   * Runs {@code attempt} (given the attempt number, from 1) until it succeeds, fails with a
   * non-retryable error, or the policy's attempts are used up; the last failure is reported.
   */
  public <T> Future<T> execute(String what, IntFunction<Future<T>> attempt) {
    return execute(what, attempt, Deadline.NONE);
  }

  /**
   * As {@link #execute(String, IntFunction)}, making no retry that would start after {@code
   * deadline}.
   */
  public <T> Future<T> execute(String what, IntFunction<Future<T>> attempt, Deadline deadline) {
    if (lifecycle.isClosed()) {
      return Future.failedFuture(ClientLifecycle.closedFailure(what, null));
    }
    Promise<T> result = lifecycle.track(Promise.promise(), what, null);
    run(what, attempt, 1, deadline)
        .onComplete(
            done -> {
              if (done.succeeded()) {
                result.tryComplete(done.result());
              } else {
                result.tryFail(done.cause());
              }
            });
    return result.future();
  }

  private <T> Future<T> run(
      String what, IntFunction<Future<T>> attempt, int number, Deadline deadline) {
    return attempt
        .apply(number)
        .recover(
            failure -> {
              if (number >= policy.maxAttempts()
                  || !(failure instanceof MomoException momo)
                  || !momo.isRetryable()) {
                return Future.failedFuture(failure);
              }
              long delay = delayMillis(number, failure);
              if (!deadline.startsBefore(delay)) {
                return Future.failedFuture(failure);
              }
              LOG.log(
                  Level.DEBUG,
                  () ->
                      what
                          + ": attempt "
                          + number
                          + " of "
                          + policy.maxAttempts()
                          + " failed ("
                          + failure.getMessage()
                          + "), retrying in "
                          + delay
                          + " ms");
              return delay <= 0
                  ? run(what, attempt, number + 1, deadline)
                  : lifecycle
                      .timer(delay, what, null)
                      .compose(fired -> run(what, attempt, number + 1, deadline));
            });
  }

  private long delayMillis(int retry, Throwable failure) {
    long delay = policy.delayMillis(retry, ThreadLocalRandom.current().nextDouble());
    if (failure instanceof MomoRateLimitException limited && limited.retryAfter().isPresent()) {
      long asked = Math.min(limited.retryAfter().get().toMillis(), policy.maxDelay().toMillis());
      return Math.max(delay, asked);
    }
    return delay;
  }
}
