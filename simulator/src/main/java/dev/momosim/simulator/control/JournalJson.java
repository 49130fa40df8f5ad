package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Journal entries as the control API and the event stream show them. */
final class JournalJson {
  private JournalJson() {}

  /** A delivery as {@code GET /_sim/callbacks} serves it. */
  static JsonObject callback(CallbackDelivery delivery) {
    JsonArray attempts = new JsonArray();
    delivery.attempts().forEach(attempt -> attempts.add(attempt(attempt)));
    return new JsonObject()
        .put("id", delivery.id())
        .put("referenceId", delivery.referenceId())
        .put("product", delivery.product().pathName())
        .put("url", delivery.url())
        .put("method", delivery.method())
        .put("outcome", delivery.outcome().name())
        .put("body", new JsonObject(delivery.body()))
        .put("attempts", attempts)
        .put("resendOf", delivery.resendOf());
  }

  private static JsonObject attempt(CallbackAttempt attempt) {
    return new JsonObject()
        .put("at", attempt.at().toString())
        .put("statusCode", attempt.statusCode())
        .put("error", attempt.error())
        .put("durationMillis", attempt.durationMillis());
  }

  /** A request as {@code GET /_sim/requests} serves it. */
  static JsonObject request(RequestRecord entry) {
    JsonObject headers = new JsonObject();
    String[] pairs = entry.headers();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      headers.put(pairs[i], pairs[i + 1]);
    }
    JsonObject json =
        new JsonObject()
            .put("id", entry.id())
            .put("at", entry.at().toString())
            .put("method", entry.method())
            .put("path", entry.path())
            .put("query", entry.query())
            .put("product", entry.product())
            .put("referenceId", entry.referenceId())
            .put("headers", headers)
            .put("body", entry.body())
            .put("status", entry.status())
            .put("durationMillis", entry.durationMillis());
    if (entry.errorCode() != null) {
      json.put(
          "error",
          new JsonObject().put("code", entry.errorCode()).put("message", entry.errorMessage()));
    }
    return json;
  }
}
