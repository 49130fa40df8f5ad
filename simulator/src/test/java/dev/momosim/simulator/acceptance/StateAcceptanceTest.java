package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, state documents over the control API: {@code GET /_sim/state} and {@code PUT
 * /_sim/state} (docs/state.md#snapshots).
 */
@MomoSimulatorTest
class StateAcceptanceTest {
  @AutoClose private final SandboxSession session;

  StateAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @Test
  void anExportedStateImportedAfterAResetBringsEverythingBackOldCredentialsIncluded() {
    ProductApi api = session.api(Product.COLLECTION);
    String paid = api.pay("25", "256770000123");
    session
        .call(HttpMethod.PUT, "/_sim/approval-mode")
        .json(new JsonObject().put("mode", "MANUAL"))
        .send();
    String pending = api.pay("40", "256770000124");
    session.advance(Duration.ofMinutes(2));
    Reply exported = session.get("/_sim/state").send();
    assertThat(exported.status()).as("%s", exported).isEqualTo(200);
    assertThat(exported.header("Content-Type")).startsWith("application/json");

    assertThat(session.post("/_sim/reset").send().status()).isEqualTo(200);
    assertThat(api.status(paid).status()).as("gone after the reset").isIn(401, 404);
    Reply imported = session.call(HttpMethod.PUT, "/_sim/state").jsonText(exported.body()).send();

    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    assertThat(imported.json().getInteger("transactions")).isEqualTo(2);
    assertThat(api.statusOf(paid).getString("status"))
        .as("the old token works again, and the payment is back")
        .isEqualTo("SUCCESSFUL");
    assertThat(api.statusOf(pending).getString("status")).isEqualTo("PENDING");
    assertThat(session.get("/_sim/approval-mode").send().json().getString("mode"))
        .isEqualTo("MANUAL");
    assertThat(new JsonObject(session.get("/_sim/state").send().body()))
        .as("the state reads back as it was exported")
        .isEqualTo(new JsonObject(exported.body()));
  }

  @Test
  void anImportedPendingPaymentStillExpiresOnTheClock() {
    session
        .call(HttpMethod.PUT, "/_sim/approval-mode")
        .json(new JsonObject().put("mode", "MANUAL"))
        .send();
    ProductApi api = session.api(Product.COLLECTION);
    String pending = api.pay("40", "256770000125");
    String exported = session.get("/_sim/state").send().body();
    session.post("/_sim/reset").send();

    session.call(HttpMethod.PUT, "/_sim/state").jsonText(exported).send();
    session.advance(Duration.ofMinutes(6));

    JsonObject status = api.statusOf(pending);
    assertThat(status.getString("status")).isEqualTo("FAILED");
    assertThat(status.getString("reason")).isEqualTo("EXPIRED");
  }

  @Test
  void aDocumentThatIsNotAStateIsRefusedNamingWhatIsWrongAndChangesNothing() {
    ProductApi api = session.api(Product.COLLECTION);
    String paid = api.pay("25", "256770000126");
    JsonObject valid = new JsonObject(session.get("/_sim/state").send().body());

    Reply notJson = session.call(HttpMethod.PUT, "/_sim/state").jsonText("{\"format\":").send();
    JsonObject missing = valid.copy();
    missing.getJsonArray("transactions").getJsonObject(0).getJsonObject("request").remove("amount");
    Reply missingAmount =
        session.call(HttpMethod.PUT, "/_sim/state").jsonText(missing.encode()).send();
    Reply newer =
        session.call(HttpMethod.PUT, "/_sim/state").json(valid.copy().put("version", 2)).send();

    assertThat(Expect.momoError(notJson, 400, "INVALID_STATE").getString("message"))
        .startsWith("Not a usable state: not valid JSON");
    assertThat(Expect.momoError(missingAmount, 400, "INVALID_STATE").getString("message"))
        .contains("transactions[0].request")
        .contains("amount");
    assertThat(Expect.momoError(newer, 400, "INVALID_STATE").getString("message"))
        .contains("newer momo-sim (state version 2)");
    assertThat(api.statusOf(paid).getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(new JsonObject(session.get("/_sim/state").send().body())).isEqualTo(valid);
  }

  @Test
  void theExportHoldsNoSecret() {
    ProductApi api = session.api(Product.COLLECTION);
    api.pay("25", "256770000127");

    String exported = session.get("/_sim/state").send().body();

    assertThat(exported)
        .doesNotContain(api.token)
        .doesNotContain(api.user.apiKey())
        .contains("\"apiKeyDigest\"")
        .contains("\"tokenDigest\"");
  }

  /** A small {@code storage.maxStateBytes}: a larger document is refused before it is read. */
  @Nested
  @MomoSimulatorTest(config = "{\"storage\": {\"maxStateBytes\": 2048}}")
  class SmallStateLimit {
    @AutoClose private final SandboxSession small;

    SmallStateLimit(MomoSimulator simulator) {
      small = new SandboxSession(simulator);
    }

    @Test
    void aLargerDocumentIsRefusedWith413() {
      JsonArray padding = new JsonArray();
      for (int i = 0; i < 100; i++) {
        padding.add("x".repeat(40));
      }

      Reply refused =
          small
              .call(HttpMethod.PUT, "/_sim/state")
              .json(new JsonObject().put("format", "momo-sim-state").put("padding", padding))
              .send();

      assertThat(refused.status()).isEqualTo(413);
    }
  }
}
