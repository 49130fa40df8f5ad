package dev.momosim.simulator.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;

/**
 * Brings a future's outcome back to the event loop of whoever waits for it. A Vert.x future calls
 * its callbacks on the context that created it; with several event loops (`serve --event-loops N`)
 * that can be another loop than the connection's that waits, and a connection must be handled on
 * its own loop (turning an HTTP connection into a tunnel off its loop lets the client's first TLS
 * bytes reach the HTTP decoder; sockets piped across loops race on their drain handlers).
 */
final class CallerContext {
  private CallerContext() {}

  /**
   * {@code future}'s outcome, delivered on the calling thread's context (unchanged when the caller
   * is on no context).
   */
  static <T> Future<T> deliverHere(Future<T> future) {
    Context here = Vertx.currentContext();
    if (here == null) {
      return future;
    }
    Promise<T> delivered = ((ContextInternal) here).promise();
    future.onComplete(delivered);
    return delivered.future();
  }
}
