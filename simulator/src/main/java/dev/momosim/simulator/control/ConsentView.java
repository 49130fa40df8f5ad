package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.ConsentRequest;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A consent request ({@code bc-authorize}) as the control API shows it. {@code status} is {@code
 * PENDING}, {@code APPROVED}, {@code REJECTED}, {@code REDEEMED} (exchanged for a token) or {@code
 * EXPIRED} (read against the simulator clock). Instants are ISO-8601 strings; absent values are
 * null.
 */
public record ConsentView(
    String authReqId,
    String product,
    String apiUserId,
    String idType,
    String id,
    String scope,
    String accessType,
    String status,
    String createdAt,
    String expiresAt,
    String decidedAt,
    String decidedBy) {

  static ConsentView of(ConsentRequest request, Instant now) {
    return new ConsentView(
        request.authReqId(),
        request.product().pathName(),
        request.apiUserId(),
        request.loginHint().idType(),
        request.loginHint().id(),
        request.scope(),
        request.accessType(),
        request.shownStatus(now),
        request.createdAt().toString(),
        request.expiresAt().toString(),
        request.decidedAt() == null ? null : request.decidedAt().toString(),
        request.decidedBy());
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("authReqId", authReqId)
        .put("product", product)
        .put("apiUserId", apiUserId)
        .put("loginHint", new JsonObject().put("idType", idType).put("id", id))
        .put("scope", scope)
        .put("accessType", accessType)
        .put("status", status)
        .put("createdAt", createdAt)
        .put("expiresAt", expiresAt)
        .put("decidedAt", decidedAt)
        .put("decidedBy", decidedBy);
  }

  public static ConsentView fromJson(JsonObject json) {
    JsonObject hint = json.getJsonObject("loginHint", new JsonObject());
    return new ConsentView(
        json.getString("authReqId"),
        json.getString("product"),
        json.getString("apiUserId"),
        hint.getString("idType"),
        hint.getString("id"),
        json.getString("scope"),
        json.getString("accessType"),
        json.getString("status"),
        json.getString("createdAt"),
        json.getString("expiresAt"),
        json.getString("decidedAt"),
        json.getString("decidedBy"));
  }
}
