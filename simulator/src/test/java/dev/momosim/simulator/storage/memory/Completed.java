package dev.momosim.simulator.storage.memory;

import io.vertx.core.Future;

/** The in-memory store completes every Future before it returns; this reads it, checked. */
final class Completed {
  private Completed() {}

  /** The value of a future that must already have succeeded. */
  static <T> T value(Future<T> future) {
    if (!future.isComplete()) {
      throw new AssertionError("the in-memory store returned a future that is not complete");
    }
    if (future.failed()) {
      throw new AssertionError("the future failed: " + future.cause(), future.cause());
    }
    return future.result();
  }
}
