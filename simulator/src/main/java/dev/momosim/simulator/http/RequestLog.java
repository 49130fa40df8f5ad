package dev.momosim.simulator.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * One log line per request: method, path, status and reference id, written by a {@link
 * BackgroundLog} so the event loop never blocks on the terminal. Headers and bodies are never
 * logged, so no token, API key or subscription key can reach the log.
 */
final class RequestLog implements Handler<RoutingContext> {
  private final BackgroundLog log;

  RequestLog(BackgroundLog log) {
    this.log = log;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (log.enabled()) {
      ctx.addEndHandler(done -> log.info(line(ctx)));
    }
    ctx.next();
  }

  private static String line(RoutingContext ctx) {
    String reference = ctx.request().getHeader("X-Reference-Id");
    if (reference == null) {
      reference = ctx.pathParam("referenceId");
    }
    return ctx.request().method()
        + " "
        + ctx.request().path()
        + " "
        + ctx.response().getStatusCode()
        + (reference == null ? "" : " ref=" + reference);
  }
}
