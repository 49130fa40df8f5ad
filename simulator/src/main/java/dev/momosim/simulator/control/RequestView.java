package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One journalled MoMo API request as the control API shows it ({@code GET /_sim/requests}), secrets
 * already redacted.
 *
 * @param product the product whose path it was, {@code provisioning}, or null
 * @param headers in the order received, secret values replaced
 * @param errorCode for refusals, the MoMo code (or {@code GATEWAY_401}, {@code login_failed},
 *     {@code RESOURCE_NOT_FOUND} for a path with no operation); else null
 */
public record RequestView(
    long id,
    Instant at,
    String method,
    String path,
    String query,
    String product,
    String referenceId,
    Map<String, String> headers,
    String body,
    int status,
    double durationMillis,
    String errorCode,
    String errorMessage) {

  public RequestView {
    Objects.requireNonNull(at, "at");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  static RequestView of(RequestRecord entry) {
    Map<String, String> headers = new LinkedHashMap<>();
    String[] pairs = entry.headers();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      headers.put(pairs[i], pairs[i + 1]);
    }
    return new RequestView(
        entry.id(),
        entry.at(),
        entry.method(),
        entry.path(),
        entry.query(),
        entry.product(),
        entry.referenceId(),
        headers,
        entry.body(),
        entry.status(),
        entry.durationMillis(),
        entry.errorCode(),
        entry.errorMessage());
  }

  public JsonObject toJson() {
    JsonObject headerJson = new JsonObject();
    headers.forEach(headerJson::put);
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

  public static RequestView fromJson(JsonObject json) {
    Map<String, String> headers = new LinkedHashMap<>();
    json.getJsonObject("headers", new JsonObject())
        .forEach(header -> headers.put(header.getKey(), String.valueOf(header.getValue())));
    JsonObject error = json.getJsonObject("error");
    return new RequestView(
        json.getLong("id"),
        Instant.parse(json.getString("at")),
        json.getString("method"),
        json.getString("path"),
        json.getString("query"),
        json.getString("product"),
        json.getString("referenceId"),
        headers,
        json.getString("body"),
        json.getInteger("status"),
        json.getDouble("durationMillis", 0.0),
        error == null ? null : error.getString("code"),
        error == null ? null : error.getString("message"));
  }
}
