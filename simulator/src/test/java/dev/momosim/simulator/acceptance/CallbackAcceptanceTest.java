package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import dev.momosim.simulator.callback.Receiver;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Callbacks from a whole simulator to a real local receiver, and their journal in the control API.
 * Receivers run on the session's Vert.x instance, so closing the session closes them too.
 */
@MomoSimulatorTest
class CallbackAcceptanceTest {
  @AutoClose private final SandboxSession session;

  CallbackAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @Test
  void theFinalStatusIsPutToTheCallbackUrlWithTheStatusBody() {
    Receiver receiver = Receiver.answering(session.vertx());
    ProductApi api = session.api(Product.COLLECTION);
    Payment rejected = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Rejected");
    String ref = payWithCallback(api, rejected.number(), receiver.url("/momo/cb"));

    List<Receiver.Received> received = awaitReceived(receiver, 1);
    Receiver.Received callback = received.get(0);
    assertThat(callback.method()).isEqualTo(HttpMethod.PUT);
    assertThat(callback.path()).isEqualTo("/momo/cb");
    assertThat(callback.headers().get("Content-Type")).startsWith("application/json");
    assertThat(new JsonObject(callback.body())).isEqualTo(api.statusOf(ref));
    assertThat(callback.body()).doesNotContain("referenceId").contains(rejected.outcome().reason());
  }

  @Test
  void noCallbackIsSentWithoutACallbackUrl() {
    Receiver receiver = Receiver.answering(session.vertx());
    ProductApi api = session.api(Product.COLLECTION);
    String ref = api.pay("15", "256700000001");
    String other = payWithCallback(api, "256700000002", receiver.url("/cb"));

    awaitReceived(receiver, 1);
    assertThat(callbacks(session)).hasSize(1);
    assertThat(callbacks(session).getJsonObject(0).getString("referenceId"))
        .isEqualTo(other)
        .isNotEqualTo(ref);
  }

  @Test
  void aDeadReceiverDoesNotBreakTheApi() {
    ProductApi api = session.api(Product.COLLECTION);
    String ref = payWithCallback(api, "256700000001", Receiver.deadUrl(session.vertx()));

    assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
    JsonObject entry = awaitJournal(session, "FAILED");
    assertThat(entry.getJsonArray("attempts").getJsonObject(0).getString("error")).isNotBlank();
  }

  @Test
  void aJournalledCallbackCanBeResent() {
    Receiver receiver = Receiver.answering(session.vertx());
    ProductApi api = session.api(Product.COLLECTION);
    payWithCallback(api, "256700000001", receiver.url("/cb"));
    JsonObject first = awaitJournal(session, "DELIVERED");

    Reply resent = session.post("/_sim/callbacks/" + first.getString("id") + "/resend").send();
    assertThat(resent.status()).isEqualTo(200);
    assertThat(resent.json().getString("id")).isNotEqualTo(first.getString("id"));
    List<Receiver.Received> both = awaitReceived(receiver, 2);
    assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
    assertThat(session.post("/_sim/callbacks/cb-999/resend").send().status()).isEqualTo(404);
  }

  /** With manual approval. */
  @Nested
  @MomoSimulatorTest(config = "{\"approval\": {\"mode\": \"MANUAL\"}}")
  class ManualApproval {
    @AutoClose private final SandboxSession session;

    ManualApproval(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aPendingPaymentCallsBackOnlyWhenItEnds() {
      Receiver receiver = Receiver.answering(session.vertx());
      ProductApi api = session.api(Product.DISBURSEMENT);
      String ref = payWithCallback(api, "256700000001", receiver.url("/cb"));
      assertThat(callbacks(session)).isEmpty();

      await(session.control().approve(ref));
      assertThat(new JsonObject(awaitReceived(receiver, 1).get(0).body()).getString("status"))
          .isEqualTo("SUCCESSFUL");
    }
  }

  /** With {@code callbacks.method} POST. */
  @Nested
  @MomoSimulatorTest(config = "{\"callbacks\": {\"method\": \"POST\"}}")
  class ByPost {
    @AutoClose private final SandboxSession session;

    ByPost(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void callbacksCanBeSentByPost() {
      Receiver receiver = Receiver.answering(session.vertx());
      ProductApi api = session.api(Product.COLLECTION);
      payWithCallback(api, "256700000001", receiver.url("/cb"));
      assertThat(awaitReceived(receiver, 1).get(0).method()).isEqualTo(HttpMethod.POST);
    }
  }

  /** With {@code callbacks.method} BY_VERSION. */
  @Nested
  @MomoSimulatorTest(config = "{\"callbacks\": {\"method\": \"BY_VERSION\"}}")
  class ByVersion {
    @AutoClose private final SandboxSession session;

    ByVersion(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void callbacksCanBeSentByVersion() {
      Receiver receiver = Receiver.answering(session.vertx());
      ProductApi api = session.api(Product.REMITTANCE);
      payWithCallback(api, "256700000001", receiver.url("/cb"));
      assertThat(awaitReceived(receiver, 1).get(0).method())
          .as("every current operation is v1_0")
          .isEqualTo(HttpMethod.POST);
    }
  }

  /** With two retries, 50 ms apart. */
  @Nested
  @MomoSimulatorTest(config = "{\"callbacks\": {\"retries\": 2, \"retryIntervalSeconds\": 0.05}}")
  class WithRetries {
    @AutoClose private final SandboxSession session;

    WithRetries(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aFailingReceiverIsRetriedWhenARetryPolicyIsConfigured() {
      Receiver receiver = Receiver.answering(session.vertx(), 500, 503);
      ProductApi api = session.api(Product.COLLECTION);
      payWithCallback(api, "256700000001", receiver.url("/cb"));

      awaitReceived(receiver, 3);
      JsonObject entry = awaitJournal(session, "DELIVERED");
      assertThat(entry.getJsonArray("attempts")).hasSize(3);
    }
  }

  /** With ten minutes for one attempt. */
  @Nested
  @MomoSimulatorTest(config = "{\"callbacks\": {\"timeoutMillis\": 600000}}")
  class LongAttempts {
    @AutoClose private final SandboxSession session;

    LongAttempts(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aReceiverThatNeverAnswersDoesNotHoldUpTheApi() {
      Receiver receiver = Receiver.silent(session.vertx());
      ProductApi api = session.api(Product.COLLECTION);
      // The 202 is awaited for SandboxSession.DEADLINE at most, far less than the attempt's limit.
      String ref = payWithCallback(api, "256700000001", receiver.url("/cb"));

      awaitReceived(receiver, 1);
      assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(callbacks(session).getJsonObject(0).getString("outcome"))
          .as("the receiver still holds the callback")
          .isEqualTo("PENDING");
    }
  }

  /** With rules that duplicate one party's callbacks and drop another's. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
          {"rules": [{"match": {"partyId": "256700000001"}, "outcome": {"callbackFault": {"duplicate": true}}},
                     {"match": {"partyId": "256700000002"}, "outcome": {"callbackFault": {"drop": true}}}]}""")
  class DuplicateAndDropRules {
    @AutoClose private final SandboxSession session;

    DuplicateAndDropRules(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void ruleFaultsDuplicateOrDropTheCallback() {
      Receiver receiver = Receiver.answering(session.vertx());
      ProductApi api = session.api(Product.COLLECTION);
      payWithCallback(api, "256700000002", receiver.url("/dropped"));
      payWithCallback(api, "256700000001", receiver.url("/twice"));

      assertThat(awaitReceived(receiver, 2))
          .extracting(Receiver.Received::path)
          .containsExactly("/twice", "/twice");
      assertThat(
              callbacks(session).stream().map(entry -> ((JsonObject) entry).getString("outcome")))
          .contains("DROPPED");
    }
  }

  /** With a rule that sends one party's callbacks 60 s late on the simulator clock. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
          {"rules": [{"match": {"partyId": "256700000001"}, "outcome": {"callbackFault": {"delaySeconds": 60}}}]}""")
  class DelayedCallbackRule {
    @AutoClose private final SandboxSession session;

    DelayedCallbackRule(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aDelayedCallbackWaitsForTheSimulatorClock() {
      Receiver receiver = Receiver.answering(session.vertx());
      ProductApi api = session.api(Product.COLLECTION);
      session.freezeClock();
      payWithCallback(api, "256700000001", receiver.url("/late"));
      assertThat(receiver.received()).isEmpty();

      session.advance(Duration.ofSeconds(60));
      assertThat(awaitReceived(receiver, 1).get(0).path()).isEqualTo("/late");
    }
  }

  private static String payWithCallback(ProductApi api, String msisdn, String url) {
    String ref = SandboxSession.newReference();
    Reply reply =
        api.createCall(ref, Payments.of(api.product, "15", msisdn))
            .header("X-Callback-Url", url)
            .send();
    assertThat(reply.status()).as("%s", reply).isEqualTo(202);
    return ref;
  }

  private static JsonArray callbacks(SandboxSession session) {
    return session.get("/_sim/callbacks").send().json().getJsonArray("callbacks");
  }

  /** The newest journal entry with this outcome, once there is one. */
  private static JsonObject awaitJournal(SandboxSession session, String outcome) {
    Predicate<JsonObject> wanted = entry -> outcome.equals(entry.getString("outcome"));
    return SandboxSession.until(
        () ->
            callbacks(session).stream()
                .map(JsonObject.class::cast)
                .filter(wanted)
                .findFirst()
                .orElse(null),
        "a journal entry " + outcome);
  }

  private static List<Receiver.Received> awaitReceived(Receiver receiver, int count) {
    return SandboxSession.until(
        () -> receiver.received().size() >= count ? receiver.received() : null,
        count + " callbacks received");
  }
}
