package dev.momosim.client.internal;

import dev.momosim.client.MomoException;
import dev.momosim.client.MomoRateLimitException;
import dev.momosim.client.RetryPolicy;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs an attempt again after a retryable failure ({@link MomoException#isRetryable()}), waiting with
 * exponential backoff and jitter on a Vert.x timer. Thread-safe.
 */
public final class RetryExecutor {

    private static final System.Logger LOG = System.getLogger(RetryExecutor.class.getName());

    private final Vertx vertx;
    private final RetryPolicy policy;

    public RetryExecutor(Vertx vertx, RetryPolicy policy) {
        this.vertx = vertx;
        this.policy = policy;
    }

    /**
     * Runs {@code attempt} (given the attempt number, from 1) until it succeeds, fails with a
     * non-retryable error, or the policy's attempts are used up; the last failure is reported.
     */
    public <T> Future<T> execute(String what, IntFunction<Future<T>> attempt) {
        return run(what, attempt, 1);
    }

    private <T> Future<T> run(String what, IntFunction<Future<T>> attempt, int number) {
        return attempt.apply(number).recover(failure -> {
            if (number >= policy.maxAttempts() || !(failure instanceof MomoException momo) || !momo.isRetryable()) {
                return Future.failedFuture(failure);
            }
            long delay = delayMillis(number, failure);
            LOG.log(Level.DEBUG, () -> what + ": attempt " + number + " of " + policy.maxAttempts()
                    + " failed (" + failure.getMessage() + "), retrying in " + delay + " ms");
            return delay <= 0 ? run(what, attempt, number + 1)
                    : vertx.timer(delay, TimeUnit.MILLISECONDS).compose(fired -> run(what, attempt, number + 1));
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
