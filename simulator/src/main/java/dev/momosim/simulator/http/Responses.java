package dev.momosim.simulator.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writing answers: JSON with MTN's content type, or an empty body with {@code Content-Length: 0}.
 */
public final class Responses {
  static final CharSequence JSON = HttpHeaders.createOptimized("application/json;charset=utf-8");

  private Responses() {}

  public static void json(RoutingContext ctx, int status, JsonObject body) {
    json(ctx, status, body.encode());
  }

  public static void json(RoutingContext ctx, int status, String body) {
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(body);
  }

  public static void empty(RoutingContext ctx, int status) {
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_LENGTH, "0").end();
  }
}
