package dev.momosim.simulator.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * One log line per request: method, path, status and reference id. Headers and bodies are never
 * logged, so no token, API key or subscription key can reach the log.
 */
final class RequestLog implements Handler<RoutingContext> {
  private static final Logger LOG = System.getLogger("dev.momosim.simulator.requests");

  @Override
  public void handle(RoutingContext ctx) {
    if (LOG.isLoggable(Level.INFO)) {
      ctx.addEndHandler(done -> LOG.log(Level.INFO, () -> line(ctx)));
    }
    ctx.next();
  }

  private static String line(RoutingContext ctx) {
    String reference = ctx.request().getHeader("X-Reference-Id");
    if (reference == null) {
      reference = ctx.pathParam("referenceId");
    }
    return ctx.request().method() + " " + ctx.request().path() + " " + ctx.response().getStatusCode()
        + (reference == null ? "" : " ref=" + reference);
  }
}
