package dev.momosim.contract.target;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits, from a test thread, for a Vert.x {@code Future} with a deadline. Never used on an event
 * loop. Every wait in the suite goes through here, so none can hang a build.
 */
public final class Await {

  /** The deadline of a single remote call. */
  public static final Duration CALL = Duration.ofSeconds(45);

  private Await() {}

  /** The result of {@code future}, or an AssertionError when it failed or missed the deadline. */
  public static <T> T result(Future<T> future) {
    return result(future, CALL);
  }

  /** The result of {@code future} within {@code deadline}. */
  public static <T> T result(Future<T> future, Duration deadline) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | CompletionException failed) {
      throw new AssertionError(
          "expected success but the call failed: " + failed.getCause(), failed.getCause());
    } catch (TimeoutException late) {
      throw new AssertionError("no answer within " + deadline, late);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting", interrupted);
    }
  }

  /**
   * The failure of {@code future}, or an AssertionError when it succeeded or missed the deadline.
   */
  public static Throwable failure(Future<?> future) {
    return failure(future, CALL);
  }

  /** The failure of {@code future} within {@code deadline}. */
  public static Throwable failure(Future<?> future, Duration deadline) {
    Object value;
    try {
      value =
          future
              .toCompletionStage()
              .toCompletableFuture()
              .get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | CompletionException failed) {
      return failed.getCause();
    } catch (TimeoutException late) {
      throw new AssertionError("no answer within " + deadline, late);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting", interrupted);
    }
    throw new AssertionError("expected a failure but the call succeeded with " + value);
  }
}
