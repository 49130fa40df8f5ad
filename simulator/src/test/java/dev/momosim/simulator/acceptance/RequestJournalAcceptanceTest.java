package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Issue 20, point 8: the request journal records what was answered and the path's reference id. */
@MomoSimulatorTest
class RequestJournalAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  RequestJournalAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  private JsonObject newestEntry() {
    JsonArray entries = sim.get("/_sim/requests").send().json().getJsonArray("requests");
    return entries.getJsonObject(0);
  }

  @Test
  void aPathWithNoOperationIsJournalledWithTheCodeAndMessageAnswered() {
    ProductApi collection = sim.api(Product.COLLECTION);

    Reply reply =
        collection.call(HttpMethod.POST, "/v2_0/requesttopay").json(new JsonObject()).send();

    JsonObject entry = newestEntry();
    assertThat(reply.status()).isEqualTo(404);
    assertThat(entry.getString("path")).isEqualTo("/collection/v2_0/requesttopay");
    assertThat(entry.getJsonObject("error"))
        .isEqualTo(
            new JsonObject()
                .put("code", reply.json().getString("code"))
                .put("message", reply.json().getString("message")));
  }

  @Test
  void aReferenceIdInsideThePathIsJournalled() {
    ProductApi collection = sim.api(Product.COLLECTION);
    String ref = collection.pay("1", "256771000001");

    collection
        .call(HttpMethod.POST, "/v1_0/requesttopay/" + ref + "/deliverynotification")
        .header("notificationMessage", "Delivered")
        .send();

    JsonObject entry = newestEntry();
    assertThat(entry.getString("path")).endsWith("/deliverynotification");
    assertThat(entry.getString("referenceId")).isEqualTo(ref);
  }
}
