package dev.momosim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A callback delivery as the control API serves it, and read back by the HTTP control client. */
class CallbackViewTest {
  private static final Instant AT = Instant.parse("2024-05-01T10:00:05Z");

  @Test
  void rendersACallbackDeliveryAsTheControlApiServesIt() {
    CallbackDelivery delivery =
        new CallbackDelivery(
            "cb-7",
            "ref-1",
            Product.DISBURSEMENT,
            "http://localhost/cb",
            "PUT",
            "{\"status\":\"FAILED\",\"reason\":\"EXPIRED\"}",
            List.of(
                new CallbackAttempt(AT, null, "Connection refused", 4),
                new CallbackAttempt(AT, 200, null, 9)),
            CallbackOutcome.DELIVERED,
            null);

    assertThat(CallbackView.of(delivery).toJson())
        .isEqualTo(
            new JsonObject()
                .put("id", "cb-7")
                .put("referenceId", "ref-1")
                .put("product", "disbursement")
                .put("url", "http://localhost/cb")
                .put("method", "PUT")
                .put("outcome", "DELIVERED")
                .put("body", new JsonObject().put("status", "FAILED").put("reason", "EXPIRED"))
                .put(
                    "attempts",
                    new JsonArray()
                        .add(
                            new JsonObject()
                                .put("at", "2024-05-01T10:00:05Z")
                                .putNull("statusCode")
                                .put("error", "Connection refused")
                                .put("durationMillis", 4L)
                                .put("sent", true))
                        .add(
                            new JsonObject()
                                .put("at", "2024-05-01T10:00:05Z")
                                .put("statusCode", 200)
                                .putNull("error")
                                .put("durationMillis", 9L)
                                .put("sent", true)))
                .putNull("resendOf"));
  }

  @Test
  void readsBackWhatItWrites() {
    CallbackView view =
        new CallbackView(
            "cb-1",
            "ref-2",
            "collection",
            "http://localhost/cb?token=x",
            "POST",
            "FAILED",
            new JsonObject().put("status", "SUCCESSFUL"),
            List.of(new CallbackView.Attempt(AT, 500, null, 3)),
            "cb-0");

    assertThat(CallbackView.fromJson(view.toJson())).isEqualTo(view);
  }

  @Test
  void showsAnAttemptThatFoundTheQueueFullAsNotSent() {
    CallbackDelivery delivery =
        new CallbackDelivery(
            "cb-8",
            "ref-3",
            Product.COLLECTION,
            "http://localhost/cb",
            "PUT",
            "{\"status\":\"SUCCESSFUL\"}",
            List.of(CallbackAttempt.notSent(AT, "queue full: 5 callbacks waiting")),
            CallbackOutcome.NOT_SENT,
            null);

    JsonObject json = CallbackView.of(delivery).toJson();

    assertThat(json.getString("outcome")).isEqualTo("NOT_SENT");
    assertThat(json.getJsonArray("attempts").getJsonObject(0))
        .isEqualTo(
            new JsonObject()
                .put("at", "2024-05-01T10:00:05Z")
                .putNull("statusCode")
                .put("error", "queue full: 5 callbacks waiting")
                .put("durationMillis", 0L)
                .put("sent", false));
    assertThat(CallbackView.fromJson(json).attempts().get(0).sent()).isFalse();
  }

  @Test
  void readsAnAttemptWrittenBeforeSentExistedAsSent() {
    JsonObject older =
        new JsonObject()
            .put("id", "cb-2")
            .put(
                "attempts",
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("at", "2024-05-01T10:00:05Z")
                            .put("statusCode", 200)
                            .put("durationMillis", 3L)));

    assertThat(CallbackView.fromJson(older).attempts())
        .containsExactly(new CallbackView.Attempt(AT, 200, null, 3, true));
  }
}
