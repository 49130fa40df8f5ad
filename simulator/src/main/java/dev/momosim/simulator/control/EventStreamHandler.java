package dev.momosim.simulator.control;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /_sim/events}: server-sent events, one per state change ({@code event: transaction},
 * {@code callback}, {@code request}, {@code clock}, {@code approval-mode}, {@code rules}, {@code
 * reset}), with a comment every 15 s to keep proxies from closing the stream. A client that cannot
 * keep up loses events rather than growing the server's memory; it can re-read the state from the
 * control API.
 */
final class EventStreamHandler implements Handler<RoutingContext> {
  private static final long KEEP_ALIVE_MILLIS = 15_000;

  private final EventHub hub;

  EventStreamHandler(EventHub hub) {
    this.hub = hub;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerResponse response =
        ctx.response()
            .setChunked(true)
            .putHeader("Content-Type", "text/event-stream;charset=utf-8")
            .putHeader("Cache-Control", "no-cache")
            .putHeader("X-Accel-Buffering", "no");
    response.write(": momo-sim events\n\n");
    var context = ctx.vertx().getOrCreateContext();
    Runnable unsubscribe =
        hub.subscribe(
            event ->
                context.runOnContext(
                    ignored -> {
                      if (!response.closed() && !response.writeQueueFull()) {
                        response.write(
                            "event: " + event.type() + "\ndata: " + event.data().encode() + "\n\n");
                      }
                    }));
    long keepAlive =
        ctx.vertx()
            .setPeriodic(
                KEEP_ALIVE_MILLIS,
                id -> {
                  if (!response.closed()) {
                    response.write(": keep-alive\n\n");
                  }
                });
    response.closeHandler(
        closed -> {
          unsubscribe.run();
          ctx.vertx().cancelTimer(keepAlive);
        });
  }
}
