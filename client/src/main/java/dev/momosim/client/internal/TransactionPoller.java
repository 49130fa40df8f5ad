package dev.momosim.client.internal;

import dev.momosim.client.AwaitTimeoutException;
import dev.momosim.client.MomoException;
import dev.momosim.client.MomoNotFoundException;
import dev.momosim.client.PollingPolicy;
import dev.momosim.client.Transaction;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Polls a transaction with growing intervals on Vert.x timers until it is final. A 404 within the
 * policy's grace period (not visible yet after the 202) and retryable errors keep polling; other
 * errors end the wait. One instance per wait; not shared.
 */
final class TransactionPoller {

    private final Vertx vertx;
    private final PollingPolicy policy;
    private final Supplier<Future<Transaction>> read;
    private final String referenceId;
    private final Duration timeout;
    private final long startedAt = System.nanoTime();
    private final Promise<Transaction> result = Promise.promise();
    private Transaction lastSeen;
    private Throwable lastError;

    private TransactionPoller(Vertx vertx, PollingPolicy policy, Supplier<Future<Transaction>> read,
            String referenceId, Duration timeout) {
        this.vertx = vertx;
        this.policy = policy;
        this.read = read;
        this.referenceId = referenceId;
        this.timeout = timeout;
    }

    static Future<Transaction> awaitFinal(Vertx vertx, PollingPolicy policy, Supplier<Future<Transaction>> read,
            String referenceId, Duration timeout) {
        TransactionPoller poller = new TransactionPoller(vertx, policy, read, referenceId, timeout);
        poller.poll(0);
        return poller.result.future();
    }

    private void poll(int number) {
        read.get().onComplete(answer -> {
            if (answer.succeeded()) {
                lastSeen = answer.result();
                if (lastSeen.isFinal()) {
                    result.complete(lastSeen);
                    return;
                }
            } else if (keepsPolling(answer.cause())) {
                lastError = answer.cause();
            } else {
                result.fail(answer.cause());
                return;
            }
            scheduleNext(number + 1);
        });
    }

    private boolean keepsPolling(Throwable failure) {
        if (failure instanceof MomoNotFoundException) {
            return lastSeen == null && elapsedMillis() < policy.notFoundGrace().toMillis();
        }
        return failure instanceof MomoException momo && momo.isRetryable();
    }

    private void scheduleNext(int number) {
        long remaining = timeout.toMillis() - elapsedMillis();
        if (remaining <= 0) {
            result.fail(new AwaitTimeoutException(referenceId, timeout, lastSeen, lastError));
            return;
        }
        long delay = Math.max(1, Math.min(policy.delayMillis(number), remaining));
        vertx.timer(delay, TimeUnit.MILLISECONDS).onComplete(fired -> poll(number));
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
    }
}
