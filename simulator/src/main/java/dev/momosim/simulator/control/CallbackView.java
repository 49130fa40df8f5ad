package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.Redaction;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One callback delivery as the control API shows it ({@code GET /_sim/callbacks}): what was (or is
 * to be) sent where, every attempt, and the outcome. The URL is shown with its secrets masked
 * ({@link Redaction#url}); the delivery itself goes to the URL as given.
 *
 * @param method {@code PUT} or {@code POST}
 * @param outcome {@code PENDING}, {@code DELIVERED}, {@code FAILED}, {@code DROPPED} or {@code
 *     NOT_SENT} (no attempt was sent: the outbound queue was full, or the simulator stopped first)
 * @param body the JSON body sent (the status GET's body)
 * @param resendOf the id of the delivery this one re-sends, else null
 */
public record CallbackView(
    String id,
    String referenceId,
    String product,
    String url,
    String method,
    String outcome,
    JsonObject body,
    List<Attempt> attempts,
    String resendOf) {

  /**
   * One try at sending.
   *
   * @param statusCode the receiver's HTTP status, or null when there was no answer
   * @param error why there was no answer (e.g. {@code queue full: 10000 callbacks waiting}), else
   *     null
   * @param sent false when the attempt never reached the network (the outbound queue was full, or
   *     the simulator stopped before it was sent)
   */
  public record Attempt(
      Instant at, Integer statusCode, String error, long durationMillis, boolean sent) {
    /** An attempt that was sent. */
    public Attempt(Instant at, Integer statusCode, String error, long durationMillis) {
      this(at, statusCode, error, durationMillis, true);
    }

    public JsonObject toJson() {
      return new JsonObject()
          .put("at", at.toString())
          .put("statusCode", statusCode)
          .put("error", error)
          .put("durationMillis", durationMillis)
          .put("sent", sent);
    }

    static Attempt fromJson(JsonObject json) {
      return new Attempt(
          Instant.parse(json.getString("at")),
          json.getInteger("statusCode"),
          json.getString("error"),
          json.getLong("durationMillis", 0L),
          json.getBoolean("sent", true));
    }
  }

  public CallbackView {
    Objects.requireNonNull(id, "id");
    attempts = List.copyOf(attempts);
  }

  static CallbackView of(CallbackDelivery delivery) {
    return new CallbackView(
        delivery.id(),
        delivery.referenceId(),
        delivery.product().pathName(),
        Redaction.url(delivery.url()),
        delivery.method(),
        delivery.outcome().name(),
        new JsonObject(delivery.body()),
        delivery.attempts().stream().map(CallbackView::attempt).toList(),
        delivery.resendOf());
  }

  private static Attempt attempt(CallbackAttempt attempt) {
    return new Attempt(
        attempt.at(),
        attempt.statusCode(),
        attempt.error(),
        attempt.durationMillis(),
        attempt.sent());
  }

  public JsonObject toJson() {
    JsonArray attemptsJson = new JsonArray();
    attempts.forEach(attempt -> attemptsJson.add(attempt.toJson()));
    return new JsonObject()
        .put("id", id)
        .put("referenceId", referenceId)
        .put("product", product)
        .put("url", url)
        .put("method", method)
        .put("outcome", outcome)
        .put("body", body)
        .put("attempts", attemptsJson)
        .put("resendOf", resendOf);
  }

  public static CallbackView fromJson(JsonObject json) {
    return new CallbackView(
        json.getString("id"),
        json.getString("referenceId"),
        json.getString("product"),
        json.getString("url"),
        json.getString("method"),
        json.getString("outcome"),
        json.getJsonObject("body"),
        json.getJsonArray("attempts", new JsonArray()).stream()
            .map(item -> Attempt.fromJson((JsonObject) item))
            .toList(),
        json.getString("resendOf"));
  }
}
