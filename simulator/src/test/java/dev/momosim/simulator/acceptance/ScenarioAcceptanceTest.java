package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.callback.Receiver;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code X-Momo-Sim-Scenario} header (docs/scenarios.md) forces the outcome of the one creating
 * request that carries it, over a rule that would decide otherwise; the next request without it
 * follows the rules again, and the rule keeps its use.
 */
@MomoSimulatorTest(
    config =
        """
        {"rules": [{"name": "once refused", "times": 1, "match": {"partyId": "256700000001"},
          "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}}]}""")
class ScenarioAcceptanceTest {
  private static final String HEADER = "X-Momo-Sim-Scenario";
  private static final String RULED = "256700000001";

  @AutoClose private final SandboxSession session;
  private final Map<Product, ProductApi> apis = new EnumMap<>(Product.class);

  ScenarioAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @ParameterizedTest
  @EnumSource(ScenarioTarget.class)
  void successfulAndFailedForceTheFinalStatusForOneRequestOnly(ScenarioTarget target) {
    assertThat(forced(target, "SUCCESSFUL").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(forced(target, "failed").getMap())
        .containsEntry("status", "FAILED")
        .containsEntry("reason", "INTERNAL_PROCESSING_ERROR");
    assertThat(forced(target, "FAILED:APPROVAL_REJECTED").getString("reason"))
        .isEqualTo("APPROVAL_REJECTED");
    assertThat(
            forced(target, "{\"status\": \"FAILED\", \"reason\": \"PAYER_NOT_FOUND\"}")
                .getString("reason"))
        .isEqualTo("PAYER_NOT_FOUND");

    assertThat(plain(target).getString("reason"))
        .as("the next request without the header meets the rule, its use kept")
        .isEqualTo("NOT_ALLOWED");
    assertThat(plain(target).getString("status")).isEqualTo("SUCCESSFUL");
    await(session.control().reset());
  }

  @Test
  void aDelayKeepsThePaymentPendingOrCreatedUntilTheClockReachesIt() {
    session.freezeClock();
    ScenarioTarget target = ScenarioTarget.TRANSFER;
    String pending = send(target, "DELAY:90");
    String created = send(target, "CREATED,DELAY:10");

    assertThat(status(target, pending).getString("status")).isEqualTo("PENDING");
    assertThat(status(target, created).getString("status")).isEqualTo("CREATED");
    session.advance(Duration.ofSeconds(10));
    assertThat(status(target, created).getString("status")).isEqualTo("SUCCESSFUL");
    session.advance(Duration.ofSeconds(79));
    assertThat(status(target, pending).getString("status")).isEqualTo("PENDING");
    session.advance(Duration.ofSeconds(1));
    assertThat(status(target, pending).getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(plain(target).getString("reason")).isEqualTo("NOT_ALLOWED");
  }

  @Test
  void manualWaitsForAPersonWhateverTheApprovalMode() {
    ScenarioTarget target = ScenarioTarget.DEPOSIT;
    String ref = send(target, "MANUAL");
    assertThat(status(target, ref).getString("status")).isEqualTo("PENDING");

    await(session.control().approve(ref));
    assertThat(status(target, ref).getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(plain(target).getString("reason")).isEqualTo("NOT_ALLOWED");
  }

  @Test
  void httpRefusesTheCreatingCallWithTheStatusAndCodeAndKeepsNothing() {
    ScenarioTarget target = ScenarioTarget.DEPOSIT_V2;
    String plainRef = SandboxSession.newReference();
    Reply plain = create(target, plainRef).header(HEADER, "HTTP:503").send();
    String codedRef = SandboxSession.newReference();
    Reply coded = create(target, codedRef).header(HEADER, "HTTP:429:NOT_ALLOWED").send();

    Expect.momoError(plain, 503, "INTERNAL_PROCESSING_ERROR");
    Expect.momoError(coded, 429, "NOT_ALLOWED");
    assertThat(target.status(api(target), plainRef).status()).isEqualTo(404);
    assertThat(target.status(api(target), codedRef).status()).isEqualTo(404);
    assertThat(plain(target).getString("reason")).isEqualTo("NOT_ALLOWED");
  }

  @Test
  void aResponseDelayHoldsThe202BackWhileThePaymentExists() {
    ScenarioTarget target = ScenarioTarget.REQUEST_TO_WITHDRAW_V2;
    String ref = SandboxSession.newReference();
    Future<Reply> answer = create(target, ref).header(HEADER, "RESPONSE_DELAY_MS:1500").sendAsync();

    Awaitility.await("the payment is stored")
        .atMost(SandboxSession.DEADLINE)
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(() -> assertThat(target.status(api(target), ref).status()).isEqualTo(200));
    assertThat(answer.isComplete()).as("the 202 is held back while the payment exists").isFalse();
    Expect.accepted(await(answer));
    assertThat(plain(target).getString("reason")).isEqualTo("NOT_ALLOWED");
  }

  @Test
  void callbackTokensDuplicateDropOrDelayTheCallbackOfThatRequestOnly() {
    ScenarioTarget target = ScenarioTarget.REQUEST_TO_PAY;
    Receiver receiver = Receiver.answering(session.vertx());
    session.freezeClock();
    sendWithCallback(target, "CALLBACK:DROP", receiver.url("/dropped"));
    sendWithCallback(target, "CALLBACK:DUPLICATE", receiver.url("/twice"));
    sendWithCallback(target, "CALLBACK:DELAY:60", receiver.url("/late"));
    sendWithCallback(target, null, receiver.url("/plain"));

    List<String> paths = awaitReceived(receiver, 3);
    assertThat(paths).containsExactlyInAnyOrder("/twice", "/twice", "/plain");
    session.advance(Duration.ofSeconds(60));
    assertThat(awaitReceived(receiver, 4)).contains("/late").doesNotContain("/dropped");
  }

  @Test
  void theBriefsCombinationFailsLateAndCallsBackTwice() {
    ScenarioTarget target = ScenarioTarget.REMITTANCE_TRANSFER;
    Receiver receiver = Receiver.answering(session.vertx());
    session.freezeClock();
    String ref =
        sendWithCallback(
            target, "FAILED:APPROVAL_REJECTED,DELAY:90,CALLBACK:DUPLICATE", receiver.url("/cb"));

    assertThat(status(target, ref).getString("status")).isEqualTo("PENDING");
    session.advance(Duration.ofSeconds(90));
    assertThat(status(target, ref).getString("reason")).isEqualTo("APPROVAL_REJECTED");
    assertThat(awaitReceived(receiver, 2)).containsExactly("/cb", "/cb");
  }

  @Test
  void theTransactionSaysTheHeaderDecidedAndTheJournalKeepsIt() {
    ScenarioTarget target = ScenarioTarget.REQUEST_TO_PAY;
    String ref = send(target, "failed:EXPIRED , CALLBACK:DROP");

    JsonObject transaction = session.get("/_sim/transactions/" + ref).send().json();
    assertThat(transaction.getString("decidedBy"))
        .isEqualTo(HEADER + ": failed:EXPIRED , CALLBACK:DROP");
    JsonObject entry =
        SandboxSession.until(
            () ->
                session
                    .get("/_sim/requests?referenceId=" + ref)
                    .send()
                    .json()
                    .getJsonArray("requests")
                    .stream()
                    .map(JsonObject.class::cast)
                    .findFirst()
                    .orElse(null),
            "the journal entry");
    assertThat(entry.getJsonObject("headers").getString(HEADER))
        .isEqualTo("failed:EXPIRED , CALLBACK:DROP");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "WAIT",
        "DELAY:abc",
        "DELAY:-5",
        "HTTP:200",
        "HTTP:700:X",
        "RESPONSE_DELAY_MS:-1",
        "SUCCESSFUL,FAILED",
        "MANUAL,FAILED",
        "FAILED,{\"status\":\"FAILED\"}",
        "{\"status\":\"FAILED\"},DELAY:1",
        "{\"staus\":\"FAILED\"}",
        "{\"status\":"
      })
  void aValueThatCannotBeUsedIsRefused400NamingTheHeaderAndNothingIsKept(String value) {
    ScenarioTarget target = ScenarioTarget.TRANSFER;
    String ref = SandboxSession.newReference();
    Reply reply = create(target, ref).header(HEADER, value).send();

    Expect.badRequest(reply, HEADER + ":");
    assertThat(target.status(api(target), ref).status()).isEqualTo(404);
    assertThat(plain(target).getString("reason"))
        .as("a refused request takes no rule use")
        .isEqualTo("NOT_ALLOWED");
    await(session.control().reset());
  }

  @Test
  void aValueLongerThanOneKibibyteIsRefused() {
    ScenarioTarget target = ScenarioTarget.REQUEST_TO_PAY;
    Reply tooLong =
        create(target, SandboxSession.newReference())
            .header(HEADER, "CREATED," + "CALLBACK:DROP,".repeat(80))
            .send();
    Expect.badRequest(tooLong, "at most 1024");
  }

  @Test
  void requestsThatCreateNothingIgnoreTheHeader() {
    ScenarioTarget target = ScenarioTarget.REQUEST_TO_PAY;
    String ref = send(target, "FAILED");

    Reply read = api(target).statusCall(ref).header(HEADER, "not a scenario").send();
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("status")).isEqualTo("FAILED");
    assertThat(
            api(target)
                .call(HttpMethod.GET, "/v1_0/account/balance")
                .header(HEADER, "not a scenario")
                .send()
                .status())
        .isEqualTo(200);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private ProductApi api(ScenarioTarget target) {
    return apis.computeIfAbsent(target.product, session::api);
  }

  private HttpCall create(ScenarioTarget target, String ref) {
    return target.create(api(target), ref, "10", RULED);
  }

  /** Sends a payment to the ruled party with the header; asserts 202. */
  private String send(ScenarioTarget target, String scenario) {
    String ref = SandboxSession.newReference();
    Expect.accepted(create(target, ref).header(HEADER, scenario).send());
    return ref;
  }

  private String sendWithCallback(ScenarioTarget target, String scenario, String url) {
    String ref = SandboxSession.newReference();
    HttpCall call = create(target, ref).header("X-Callback-Url", url);
    Expect.accepted((scenario == null ? call : call.header(HEADER, scenario)).send());
    return ref;
  }

  private JsonObject status(ScenarioTarget target, String ref) {
    Reply reply = target.status(api(target), ref);
    assertThat(reply.status()).as("status of %s: %s", ref, reply).isEqualTo(200);
    return reply.json();
  }

  /** The status of a payment sent with this scenario. */
  private JsonObject forced(ScenarioTarget target, String scenario) {
    return status(target, send(target, scenario));
  }

  /** The status of a payment to the ruled party sent without the header. */
  private JsonObject plain(ScenarioTarget target) {
    String ref = SandboxSession.newReference();
    Expect.accepted(create(target, ref).send());
    return status(target, ref);
  }

  private static List<String> awaitReceived(Receiver receiver, int count) {
    return SandboxSession.until(
        () ->
            receiver.received().size() >= count
                ? receiver.received().stream().map(Receiver.Received::path).toList()
                : null,
        count + " callbacks received");
  }
}
