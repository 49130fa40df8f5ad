package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoTransportException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the client is closed, and the results it still owes: {@link #close()} fails every tracked
 * promise with a {@link MomoTransportException} "client closed", so nothing the client returned
 * stays pending. Its timers turn a refused or cancelled Vert.x timer into that same failure.
 * Thread-safe.
 */
public final class ClientLifecycle {

  private final Vertx vertx;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Each pending result with the action that fails it as closed. */
  private final Map<Promise<?>, Runnable> pending = new ConcurrentHashMap<>();

  public ClientLifecycle(Vertx vertx) {
    this.vertx = vertx;
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** The failure of work refused or cut short by {@link #close()}. */
  public static MomoTransportException closedFailure(String what, String referenceId) {
    return new MomoTransportException(what + ": client closed", referenceId, null);
  }

  /**
   * Fails {@code result} when the client closes (at once if it is closed) unless it completes
   * first.
   */
  public <T> Promise<T> track(Promise<T> result, String what, String referenceId) {
    pending.put(result, () -> result.tryFail(closedFailure(what, referenceId)));
    result.future().onComplete(done -> pending.remove(result));
    // Added before reading the flag, so a concurrent close() either sees it or we see the flag.
    if (closed.get()) {
      result.tryFail(closedFailure(what, referenceId));
    }
    return result;
  }

  /**
   * A timer that fails with "client closed" when the client is closed or Vert.x cancels or refuses
   * it.
   */
  public Future<Void> timer(long delayMillis, String what, String referenceId) {
    if (closed.get()) {
      return Future.failedFuture(closedFailure(what, referenceId));
    }
    try {
      return vertx
          .timer(delayMillis, TimeUnit.MILLISECONDS)
          .transform(
              fired ->
                  fired.succeeded()
                      ? Future.succeededFuture()
                      : Future.failedFuture(closedFailure(what, referenceId)));
    } catch (RejectedExecutionException closing) {
      return Future.failedFuture(closedFailure(what, referenceId));
    }
  }

  /** Marks the client closed and fails what is still pending; false when it was already closed. */
  public boolean close() {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    pending.values().forEach(Runnable::run);
    return true;
  }
}
