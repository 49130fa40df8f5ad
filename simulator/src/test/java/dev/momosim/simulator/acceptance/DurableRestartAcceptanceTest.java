package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.callback.Receiver;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: what a simulator with a data directory had scheduled is scheduled again when it starts
 * on the same directory: a pending payment's expiry and a callback delayed on the simulator clock,
 * with the clock as it was. (Crashes, {@code kill -9} and torn records: the CLI's
 * DurableStateAcceptanceTest and DataDirCommandsTest.)
 */
class DurableRestartAcceptanceTest {
  private static final String LATE_PAYER = "256700000001";

  @TempDir Path dataDir;

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void closeVertx() {
    SandboxSession.await(vertx.close());
  }

  private MomoSimulator start() {
    return SandboxSession.await(
        MomoSimulator.start(
            vertx,
            SimulatorConfig.fromJson(
                    """
                    {"rules": [{"match": {"partyId": "%s"},
                                "outcome": {"callbackFault": {"delaySeconds": 60}}}]}"""
                        .formatted(LATE_PAYER))
                .withPort(0)
                .withDataDir(dataDir)));
  }

  @Test
  void aPendingPaymentStillExpiresAndADelayedCallbackStillFiresAfterARestart() {
    Receiver receiver = Receiver.answering(vertx);
    String manual;
    Instant frozenAt;
    MomoSimulator first = start();
    try (SandboxSession session = new SandboxSession(first)) {
      ProductApi api = session.api(Product.COLLECTION);
      frozenAt = session.freezeClock();
      Reply accepted =
          api.createCall(
                  SandboxSession.newReference(),
                  Payments.of(Product.COLLECTION, "15", LATE_PAYER).put("externalId", "late"))
              .header("X-Callback-Url", receiver.url("/late"))
              .send();
      assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
      session
          .call(HttpMethod.PUT, "/_sim/approval-mode")
          .json(new JsonObject().put("mode", "MANUAL"))
          .send();
      manual = api.pay("40", "256770000555");
      assertThat(api.statusOf(manual).getString("status")).isEqualTo("PENDING");
    }
    SandboxSession.await(first.close());

    MomoSimulator second = start();
    try (SandboxSession session = new SandboxSession(second)) {
      assertThat(session.get("/_sim/clock").send().json().getString("now"))
          .as("the frozen clock is where it was")
          .isEqualTo(frozenAt.toString());
      ProductApi api = session.api(Product.COLLECTION);
      assertThat(api.statusOf(manual).getString("status")).isEqualTo("PENDING");

      session.advance(Duration.ofMinutes(6));

      assertThat(api.statusOf(manual).getString("reason")).isEqualTo("EXPIRED");
      Awaitility.await("the delayed callback")
          .atMost(Duration.ofSeconds(10))
          .until(() -> !receiver.received().isEmpty());
      assertThat(new JsonObject(receiver.received().get(0).body()).getString("externalId"))
          .isEqualTo("late");
    } finally {
      SandboxSession.await(second.close());
    }
  }
}
