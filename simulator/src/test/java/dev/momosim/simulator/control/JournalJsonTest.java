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

/** Ported from callback.CallbackJournalTest#rendersAnEntryAsTheControlApiServesIt. */
class JournalJsonTest {
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

    assertThat(JournalJson.callback(delivery))
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
                                .put("durationMillis", 4L))
                        .add(
                            new JsonObject()
                                .put("at", "2024-05-01T10:00:05Z")
                                .put("statusCode", 200)
                                .putNull("error")
                                .put("durationMillis", 9L)))
                .putNull("resendOf"));
  }
}
