package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reading a request body that must be a JSON object, with a 400 that says what is wrong. */
final class JsonBodies {
  private JsonBodies() {}

  static JsonObject object(RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      throw MomoException.badRequest("The request body is required: a JSON object.");
    }
    Object parsed;
    try {
      parsed = io.vertx.core.json.Json.decodeValue(body);
    } catch (DecodeException e) {
      throw MomoException.badRequest("The request body is not valid JSON.");
    }
    if (!(parsed instanceof JsonObject object)) {
      throw MomoException.badRequest("The request body must be a JSON object.");
    }
    return object;
  }
}
