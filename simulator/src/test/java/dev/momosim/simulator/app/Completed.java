package dev.momosim.simulator.app;

import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;

/**
 * Over the in-memory store, the services complete their Futures before returning; this reads one.
 */
final class Completed {
  private Completed() {}

  /** The value of a future that must already have succeeded. */
  static <T> T value(Future<T> future) {
    if (!future.isComplete()) {
      throw new AssertionError("the future is not complete");
    }
    if (future.failed()) {
      throw new AssertionError("the future failed: " + future.cause(), future.cause());
    }
    return future.result();
  }

  /**
   * The value of a future that may complete on another thread (one racing callers share work with),
   * waiting at most 30 seconds.
   */
  static <T> T awaited(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** The cause of a future that must already have failed. */
  static Throwable failure(Future<?> future) {
    if (!future.isComplete()) {
      throw new AssertionError("the future is not complete");
    }
    if (future.succeeded()) {
      throw new AssertionError("expected a failure, got " + future.result());
    }
    return future.cause();
  }
}
