package dev.momosim.client;

import io.vertx.core.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a future from the test thread (never an event loop), with a timeout. */
public final class Futures {

  private Futures() {}

  public static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw new AssertionError(
          "expected success but failed with " + failed.getCause(), failed.getCause());
    } catch (InterruptedException | TimeoutException notDone) {
      throw new AssertionError("future did not complete", notDone);
    }
  }

  public static Throwable awaitFailure(Future<?> future) {
    try {
      Object value = future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure but got " + value);
    } catch (ExecutionException failed) {
      return failed.getCause();
    } catch (InterruptedException | TimeoutException notDone) {
      throw new AssertionError("future did not complete", notDone);
    }
  }
}
