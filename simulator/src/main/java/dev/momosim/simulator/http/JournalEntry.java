package dev.momosim.simulator.http;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * One journalled request, already redacted. Kept as plain fields and turned into JSON only when
 * read, so journalling costs little on the request path.
 *
 * @param headers name, value, name, value, ... with secret values replaced
 * @param errorCode for refusals, the MoMo code (or {@code GATEWAY_401}, {@code login_failed},
 *     {@code HTTP_404}); else null
 */
public record JournalEntry(
    long id,
    Instant at,
    String method,
    String path,
    String query,
    String product,
    String referenceId,
    String[] headers,
    String body,
    int status,
    double durationMillis,
    String errorCode,
    String errorMessage) {

  public JsonObject toJson() {
    JsonObject headerJson = new JsonObject();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      headerJson.put(headers[i], headers[i + 1]);
    }
    JsonObject json =
        new JsonObject()
            .put("id", id)
            .put("at", at.toString())
            .put("method", method)
            .put("path", path)
            .put("query", query)
            .put("product", product)
            .put("referenceId", referenceId)
            .put("headers", headerJson)
            .put("body", body)
            .put("status", status)
            .put("durationMillis", durationMillis);
    if (errorCode != null) {
      json.put("error", new JsonObject().put("code", errorCode).put("message", errorMessage));
    }
    return json;
  }
}
