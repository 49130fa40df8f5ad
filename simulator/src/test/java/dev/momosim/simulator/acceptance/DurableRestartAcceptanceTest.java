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

  @Test
  void refundsANotificationAndACancelledPreApprovalAreKeptAcrossARestart() {
    SandboxSession.ApiUser collector;
    SandboxSession.ApiUser payer;
    String paid;
    String preApproval;
    MomoSimulator first = start();
    try (SandboxSession session = new SandboxSession(first)) {
      ProductApi collection = session.api(Product.COLLECTION);
      ProductApi disbursement = session.api(Product.DISBURSEMENT);
      collector = collection.user;
      payer = disbursement.user;
      paid = collection.pay("30", "256770000777");
      Expect.accepted(refund(disbursement, paid, "20"));
      assertThat(notify(collection, paid).status()).isEqualTo(200);
      preApproval = SandboxSession.newReference();
      Expect.accepted(
          collection
              .call(HttpMethod.POST, "/v2_0/preapproval")
              .header("X-Reference-Id", preApproval)
              .json(
                  new JsonObject()
                      .put("payer", Payments.party("MSISDN", "256770000777"))
                      .put("payerCurrency", "EUR")
                      .put("validityTime", 3600))
              .send());
      assertThat(
              collection
                  .call(HttpMethod.DELETE, "/v1_0/preapproval/" + preApproval)
                  .send()
                  .status())
          .isEqualTo(200);
    }
    SandboxSession.await(first.close());

    MomoSimulator second = start();
    try (SandboxSession session = new SandboxSession(second)) {
      ProductApi collection = session.api(Product.COLLECTION, collector);
      ProductApi disbursement = session.api(Product.DISBURSEMENT, payer);

      Reply tooMuch = refund(disbursement, paid, "10.01");
      Reply rest = refund(disbursement, paid, "10");

      assertThat(tooMuch.status()).as("%s", tooMuch).isEqualTo(409);
      Expect.accepted(rest);
      assertThat(notify(collection, paid).status()).isEqualTo(429);
      assertThat(
              collection
                  .call(HttpMethod.DELETE, "/v1_0/preapproval/" + preApproval)
                  .send()
                  .status())
          .isEqualTo(409);
    } finally {
      SandboxSession.await(second.close());
    }
  }

  private static Reply refund(ProductApi disbursement, String paid, String amount) {
    return disbursement
        .call(HttpMethod.POST, "/v2_0/refund")
        .header("X-Reference-Id", SandboxSession.newReference())
        .json(
            new JsonObject()
                .put("amount", amount)
                .put("currency", "EUR")
                .put("referenceIdToRefund", paid))
        .send();
  }

  private static Reply notify(ProductApi collection, String paid) {
    return collection
        .call(HttpMethod.POST, "/v1_0/requesttopay/" + paid + "/deliverynotification")
        .header("notificationMessage", "Delivered")
        .send();
  }
}
