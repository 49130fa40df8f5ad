package dev.momosim.simulator.app;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.function.Supplier;

/**
 * Runs one piece of work for many callers at once without ever answering a caller with a run that
 * began before it called: a caller arriving while a run is under way waits for the next run, which
 * starts when that one ends and serves everyone who arrived meanwhile. At most one run is under
 * way. Thread-safe.
 */
final class Coalescer<T> {
  private final Supplier<Future<T>> work;
  private boolean running;
  private Promise<T> next;

  Coalescer(Supplier<Future<T>> work) {
    this.work = work;
  }

  Future<T> run() {
    Promise<T> mine;
    synchronized (this) {
      if (running) {
        if (next == null) {
          next = Promise.promise();
        }
        return next.future();
      }
      running = true;
      mine = Promise.promise();
    }
    start(mine);
    return mine.future();
  }

  private void start(Promise<T> promise) {
    Future<T> ran;
    try {
      ran = work.get();
    } catch (RuntimeException e) {
      ran = Future.failedFuture(e);
    }
    ran.onComplete(
        result -> {
          Promise<T> following;
          synchronized (this) {
            following = next;
            next = null;
            running = following != null;
          }
          promise.handle(result);
          if (following != null) {
            start(following);
          }
        });
  }
}
