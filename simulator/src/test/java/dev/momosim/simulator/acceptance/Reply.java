package dev.momosim.simulator.acceptance;

import io.vertx.core.MultiMap;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * One HTTP answer as the tests see it: status, headers and the raw body text (empty, never null).
 */
record Reply(int status, MultiMap headers, String body) {

  Reply {
    body = body == null ? "" : body;
  }

  /**
   * The body as a JSON object; fails the test (with the whole reply) if it is not one. Key order is
   * kept.
   */
  JsonObject json() {
    try {
      return new JsonObject(body);
    } catch (DecodeException | ClassCastException e) {
      throw new AssertionError("expected a JSON object body but got: " + this, e);
    }
  }

  /** The top-level keys of the JSON body in wire order. */
  List<String> keys() {
    return new ArrayList<>(json().fieldNames());
  }

  String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return "HTTP " + status + " content-type=" + headers.get("Content-Type") + " body=" + body;
  }
}
