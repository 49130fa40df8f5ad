package dev.momosim.simulator.app.port;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * Brings a future's outcome back to the context of whoever waits for it (a store's, a job's, a
 * listener's): the one place the simulator does this. A Vert.x future calls its callbacks on
 * whichever thread completes it; with several event loops ({@code serve --event-loops N}), a worker
 * or another loop's job, that is not the waiting connection's loop, and a connection must be
 * handled on its own loop (a CONNECT turned into a tunnel off its loop lets the client's first TLS
 * bytes reach the HTTP decoder; a read resumed off its loop races its own request).
 */
public final class CallerContext {
  private CallerContext() {}

  /**
   * {@code future}'s outcome, delivered on the calling thread's context: at once when it completes
   * there, else through that context (unchanged when the caller is on no context).
   */
  public static <T> Future<T> deliverHere(Future<T> future) {
    Context caller = Vertx.currentContext();
    if (caller == null) {
      return future;
    }
    Promise<T> delivered = Promise.promise();
    future.onComplete(
        done -> {
          if (Vertx.currentContext() == caller) {
            delivered.handle(done);
          } else {
            caller.runOnContext(ignored -> delivered.handle(done));
          }
        });
    return delivered.future();
  }
}
