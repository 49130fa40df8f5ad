package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import dev.momosim.simulator.callback.Receiver;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Callbacks from a whole simulator to a real local receiver, and their journal in the control API.
 */
@ExtendWith(VertxExtension.class)
class CallbackAcceptanceTest {
  private SandboxSession session;
  private Receiver receiver;

  @AfterEach
  void close() {
    if (receiver != null) {
      await(receiver.close());
    }
    session.close();
  }

  private ProductApi start(Vertx vertx, String config, Product product) {
    session = SandboxSession.start(vertx, config);
    receiver = Receiver.answering(vertx);
    return session.api(product);
  }

  private String payWithCallback(ProductApi api, String msisdn, String url) {
    String ref = SandboxSession.newReference();
    Reply reply =
        api.createCall(ref, Payments.of(api.product, "15", msisdn))
            .header("X-Callback-Url", url)
            .send();
    assertThat(reply.status()).as("%s", reply).isEqualTo(202);
    return ref;
  }

  @Test
  void theFinalStatusIsPutToTheCallbackUrlWithTheStatusBody(Vertx vertx) {
    ProductApi api = start(vertx, "{}", Product.COLLECTION);
    Payment rejected = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Rejected");
    String ref = payWithCallback(api, rejected.number(), receiver.url("/momo/cb"));

    List<Receiver.Received> received = awaitReceived(1);
    Receiver.Received callback = received.get(0);
    assertThat(callback.method()).isEqualTo(HttpMethod.PUT);
    assertThat(callback.path()).isEqualTo("/momo/cb");
    assertThat(callback.headers().get("Content-Type")).startsWith("application/json");
    assertThat(new JsonObject(callback.body())).isEqualTo(api.statusOf(ref));
    assertThat(callback.body()).doesNotContain("referenceId").contains(rejected.outcome().reason());
  }

  @Test
  void noCallbackIsSentWithoutACallbackUrl(Vertx vertx) {
    ProductApi api = start(vertx, "{}", Product.COLLECTION);
    String ref = api.pay("15", "256700000001");
    String other = payWithCallback(api, "256700000002", receiver.url("/cb"));

    awaitReceived(1);
    assertThat(callbacks()).hasSize(1);
    assertThat(callbacks().getJsonObject(0).getString("referenceId"))
        .isEqualTo(other)
        .isNotEqualTo(ref);
  }

  @Test
  void aPendingPaymentCallsBackOnlyWhenItEnds(Vertx vertx) {
    ProductApi api = start(vertx, "{\"approval\": {\"mode\": \"MANUAL\"}}", Product.DISBURSEMENT);
    String ref = payWithCallback(api, "256700000001", receiver.url("/cb"));
    assertThat(callbacks()).isEmpty();

    await(session.control().approve(ref));
    assertThat(new JsonObject(awaitReceived(1).get(0).body()).getString("status"))
        .isEqualTo("SUCCESSFUL");
  }

  @Test
  void callbacksCanBeSentByPostOrByVersion(Vertx vertx) {
    ProductApi api = start(vertx, "{\"callbacks\": {\"method\": \"POST\"}}", Product.COLLECTION);
    payWithCallback(api, "256700000001", receiver.url("/cb"));
    assertThat(awaitReceived(1).get(0).method()).isEqualTo(HttpMethod.POST);
    close();

    api = start(vertx, "{\"callbacks\": {\"method\": \"BY_VERSION\"}}", Product.REMITTANCE);
    payWithCallback(api, "256700000001", receiver.url("/cb"));
    assertThat(awaitReceived(1).get(0).method())
        .as("every current operation is v1_0")
        .isEqualTo(HttpMethod.POST);
  }

  @Test
  void aFailingReceiverIsRetriedWhenARetryPolicyIsConfigured(Vertx vertx) {
    session =
        SandboxSession.start(
            vertx, "{\"callbacks\": {\"retries\": 2, \"retryIntervalSeconds\": 0.05}}");
    receiver = Receiver.answering(vertx, 500, 503);
    ProductApi api = session.api(Product.COLLECTION);
    payWithCallback(api, "256700000001", receiver.url("/cb"));

    awaitReceived(3);
    JsonObject entry = awaitJournal(journal -> "DELIVERED".equals(journal.getString("outcome")));
    assertThat(entry.getJsonArray("attempts")).hasSize(3);
  }

  @Test
  void aReceiverThatNeverAnswersDoesNotHoldUpTheApi(Vertx vertx) {
    session = SandboxSession.start(vertx, "{\"callbacks\": {\"timeoutMillis\": 600000}}");
    receiver = Receiver.silent(vertx);
    ProductApi api = session.api(Product.COLLECTION);
    // The 202 is awaited for SandboxSession.DEADLINE at most, far less than the attempt's limit.
    String ref = payWithCallback(api, "256700000001", receiver.url("/cb"));

    awaitReceived(1);
    assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(callbacks().getJsonObject(0).getString("outcome"))
        .as("the receiver still holds the callback")
        .isEqualTo("PENDING");
  }

  @Test
  void aDeadReceiverDoesNotBreakTheApi(Vertx vertx) {
    ProductApi api = start(vertx, "{}", Product.COLLECTION);
    String ref = payWithCallback(api, "256700000001", Receiver.deadUrl(vertx));

    assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
    JsonObject entry = awaitJournal(journal -> "FAILED".equals(journal.getString("outcome")));
    assertThat(entry.getJsonArray("attempts").getJsonObject(0).getString("error")).isNotBlank();
  }

  @Test
  void ruleFaultsDuplicateOrDropTheCallback(Vertx vertx) {
    ProductApi api =
        start(
            vertx,
            """
        {"rules": [{"match": {"partyId": "256700000001"}, "outcome": {"callbackFault": {"duplicate": true}}},
                   {"match": {"partyId": "256700000002"}, "outcome": {"callbackFault": {"drop": true}}}]}""",
            Product.COLLECTION);
    payWithCallback(api, "256700000002", receiver.url("/dropped"));
    payWithCallback(api, "256700000001", receiver.url("/twice"));

    assertThat(awaitReceived(2))
        .extracting(Receiver.Received::path)
        .containsExactly("/twice", "/twice");
    assertThat(callbacks().stream().map(entry -> ((JsonObject) entry).getString("outcome")))
        .contains("DROPPED");
  }

  @Test
  void aDelayedCallbackWaitsForTheSimulatorClock(Vertx vertx) {
    ProductApi api =
        start(
            vertx,
            """
        {"rules": [{"match": {"partyId": "256700000001"}, "outcome": {"callbackFault": {"delaySeconds": 60}}}]}""",
            Product.COLLECTION);
    session.freezeClock();
    payWithCallback(api, "256700000001", receiver.url("/late"));
    assertThat(receiver.received()).isEmpty();

    session.advance(Duration.ofSeconds(60));
    assertThat(awaitReceived(1).get(0).path()).isEqualTo("/late");
  }

  @Test
  void aJournalledCallbackCanBeResent(Vertx vertx) {
    ProductApi api = start(vertx, "{}", Product.COLLECTION);
    payWithCallback(api, "256700000001", receiver.url("/cb"));
    JsonObject first = awaitJournal(journal -> "DELIVERED".equals(journal.getString("outcome")));

    Reply resent = session.post("/_sim/callbacks/" + first.getString("id") + "/resend").send();
    assertThat(resent.status()).isEqualTo(200);
    assertThat(resent.json().getString("id")).isNotEqualTo(first.getString("id"));
    List<Receiver.Received> both = awaitReceived(2);
    assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
    assertThat(session.post("/_sim/callbacks/cb-999/resend").send().status()).isEqualTo(404);
  }

  private JsonArray callbacks() {
    return session.get("/_sim/callbacks").send().json().getJsonArray("callbacks");
  }

  private JsonObject awaitJournal(java.util.function.Predicate<JsonObject> wanted) {
    return until(
        () ->
            callbacks().stream()
                .map(JsonObject.class::cast)
                .filter(wanted)
                .findFirst()
                .orElse(null),
        "a journal entry as wanted; journal: " + callbacks());
  }

  private List<Receiver.Received> awaitReceived(int count) {
    return until(
        () -> receiver.received().size() >= count ? receiver.received() : null,
        count + " callbacks received");
  }

  /** Polls on the JUnit thread until the probe answers, failing after the deadline. */
  private static <T> T until(Supplier<T> probe, String what) {
    return Awaitility.await(what)
        .atMost(SandboxSession.DEADLINE)
        .pollInterval(Duration.ofMillis(5))
        .until(probe::get, Objects::nonNull);
  }
}
