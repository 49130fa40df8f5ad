package dev.momosim.client.internal;

import dev.momosim.client.exception.AwaitTimeoutException;
import dev.momosim.client.exception.MomoException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.Transaction;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Polls a transaction with growing intervals on Vert.x timers until it is final. A 404 within the
 * policy's grace period (not visible yet after the 202) and retryable errors keep polling; other
 * errors end the wait. The whole wait is bounded: a timer fails it with an {@link
 * AwaitTimeoutException} at the timeout even while a poll is still waiting for its answer, and each
 * poll makes no retry that would start after that. Closing the client fails it with a {@code
 * MomoTransportException}. One instance per wait; not shared.
 */
final class TransactionPoller {

  private final ClientLifecycle lifecycle;
  private final PollingPolicy policy;
  private final Function<Deadline, Future<Transaction>> read;
  private final String referenceId;
  private final Duration timeout;
  private final Deadline deadline;
  private final long startedAt = System.nanoTime();
  private final Promise<Transaction> result = Promise.promise();
  // Written by poll answers, read by the deadline timer, which may run on another event loop.
  private volatile Transaction lastSeen;
  private volatile Throwable lastError;

  private TransactionPoller(
      ClientLifecycle lifecycle,
      PollingPolicy policy,
      Function<Deadline, Future<Transaction>> read,
      String referenceId,
      Duration timeout) {
    this.lifecycle = lifecycle;
    this.policy = policy;
    this.read = read;
    this.referenceId = referenceId;
    this.timeout = timeout;
    this.deadline = Deadline.in(timeout);
  }

  /**
   * @param read reads the transaction once (with retries that start before the given deadline)
   */
  static Future<Transaction> awaitFinal(
      Vertx vertx,
      ClientLifecycle lifecycle,
      PollingPolicy policy,
      Function<Deadline, Future<Transaction>> read,
      String referenceId,
      Duration timeout) {
    TransactionPoller poller = new TransactionPoller(lifecycle, policy, read, referenceId, timeout);
    poller.poll(0);
    lifecycle.track(poller.result, "awaiting transaction " + referenceId, referenceId);
    poller.armDeadline(vertx);
    return poller.result.future();
  }

  private void armDeadline(Vertx vertx) {
    if (!deadline.bounded()) {
      return; // a timeout over a century: wait for the final status, or close()
    }
    try {
      long timer = vertx.setTimer(Math.max(1, timeout.toMillis()), fired -> timedOut());
      result.future().onComplete(done -> vertx.cancelTimer(timer));
    } catch (RejectedExecutionException closing) {
      result.tryFail(
          ClientLifecycle.closedFailure("awaiting transaction " + referenceId, referenceId));
    }
  }

  private void poll(int number) {
    read.apply(deadline)
        .onComplete(
            answer -> {
              if (result.future().isComplete()) {
                return;
              }
              if (answer.succeeded()) {
                lastSeen = answer.result();
                if (lastSeen.isFinal()) {
                  result.tryComplete(lastSeen);
                  return;
                }
              } else if (keepsPolling(answer.cause())) {
                lastError = answer.cause();
              } else {
                result.tryFail(answer.cause());
                return;
              }
              scheduleNext(number + 1);
            });
  }

  private boolean keepsPolling(Throwable failure) {
    if (failure instanceof MomoNotFoundException) {
      return lastSeen == null && elapsedMillis() < policy.notFoundGrace().toMillis();
    }
    return failure instanceof MomoException momo && momo.isRetryable() && !lifecycle.isClosed();
  }

  private void scheduleNext(int number) {
    long remaining = deadline.remainingMillis();
    if (remaining <= 0) {
      timedOut();
      return;
    }
    long delay = Math.max(1, Math.min(policy.delayMillis(number), remaining));
    lifecycle
        .timer(delay, "awaiting transaction " + referenceId, referenceId)
        .onComplete(
            fired -> {
              if (fired.failed()) {
                result.tryFail(fired.cause());
              } else if (!result.future().isComplete()) {
                poll(number);
              }
            });
  }

  private void timedOut() {
    result.tryFail(new AwaitTimeoutException(referenceId, timeout, lastSeen, lastError));
  }

  private long elapsedMillis() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
  }
}
