package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Behaviour rules of every kind, loaded from the config and changed through the control API. */
@ExtendWith(VertxExtension.class)
class RulesAcceptanceTest {
  private SandboxSession session;

  @AfterEach
  void close() {
    session.close();
  }

  private ProductApi startWithRules(Vertx vertx, String rulesJson, Product product) {
    session = SandboxSession.start(vertx, "{\"rules\": " + rulesJson + "}");
    return session.api(product);
  }

  @Test
  void aRuleMatchesOnlyItsProductAndOperation(Vertx vertx) {
    ProductApi remittance =
        startWithRules(
            vertx,
            """
        [{"name": "remittance only", "match": {"products": ["remittance"], "operations": ["transfer"]},
          "outcome": {"status": "FAILED", "reason": "PAYER_LIMIT_REACHED"}}]""",
            Product.REMITTANCE);
    ProductApi disbursement = session.api(Product.DISBURSEMENT);

    assertThat(remittance.statusOf(remittance.pay("10", "256700000001")).getString("reason"))
        .isEqualTo("PAYER_LIMIT_REACHED");
    assertThat(disbursement.statusOf(disbursement.pay("10", "256700000001")).getString("status"))
        .isEqualTo("SUCCESSFUL");
  }

  @Test
  void partyIdsMatchExactlyByPrefixOrByRegularExpression(Vertx vertx) {
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"name": "exact", "match": {"partyId": ["256700000001", "256700000002"]},
          "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}},
         {"name": "prefix", "match": {"partyIdPrefix": "2568"}, "outcome": {"status": "FAILED", "reason": "PAYER_NOT_FOUND"}},
         {"name": "regex", "match": {"partyIdRegex": "2569\\\\d*9"}, "outcome": {"status": "FAILED", "reason": "EXPIRED"}}]
        """,
            Product.COLLECTION);

    assertThat(reasonFor(api, "10", "256700000002")).isEqualTo("NOT_ALLOWED");
    assertThat(reasonFor(api, "10", "256800000000")).isEqualTo("PAYER_NOT_FOUND");
    assertThat(reasonFor(api, "10", "256900000009")).isEqualTo("EXPIRED");
    assertThat(reasonFor(api, "10", "256900000008")).isNull();
  }

  @Test
  void amountsMatchExactlyOrInARangeAndCurrencyAndExternalIdMatchExactly(Vertx vertx) {
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"name": "exact amount", "match": {"amount": "13"}, "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}},
         {"name": "range", "match": {"amountMin": "500", "amountMax": "1000"}, "outcome": {"status": "FAILED", "reason": "PAYER_LIMIT_REACHED"}},
         {"name": "external id", "match": {"externalId": "order-7", "currency": "EUR"}, "outcome": {"status": "FAILED", "reason": "EXPIRED"}}]
        """,
            Product.COLLECTION);

    assertThat(reasonFor(api, "13.00", "256700000001")).isEqualTo("NOT_ALLOWED");
    assertThat(reasonFor(api, "500", "256700000001")).isEqualTo("PAYER_LIMIT_REACHED");
    assertThat(reasonFor(api, "1000", "256700000001")).isEqualTo("PAYER_LIMIT_REACHED");
    assertThat(reasonFor(api, "1000.01", "256700000001")).isNull();
    String ref =
        api.pay(Payments.of(Product.COLLECTION, "20", "256700000001").put("externalId", "order-7"));
    assertThat(api.statusOf(ref).getString("reason")).isEqualTo("EXPIRED");
  }

  @Test
  void aDelayedOutcomeShowsItsInitialStatusUntilTheClockReachesIt(Vertx vertx) {
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"match": {"partyId": "256700000001"},
          "outcome": {"status": "FAILED", "reason": "PAYEE_NOT_FOUND", "delaySeconds": 40, "initialStatus": "CREATED"}}]
        """,
            Product.DISBURSEMENT);
    session.freezeClock();
    String ref = api.pay("10", "256700000001");

    assertThat(api.statusOf(ref).getString("status")).isEqualTo("CREATED");
    session.advance(Duration.ofSeconds(39));
    assertThat(api.statusOf(ref).getString("status")).isEqualTo("CREATED");
    session.advance(Duration.ofSeconds(1));
    assertThat(api.statusOf(ref).getMap())
        .containsEntry("status", "FAILED")
        .containsEntry("reason", "PAYEE_NOT_FOUND");
  }

  @Test
  void aManualRuleWaitsForAPersonWhateverTheApprovalMode(Vertx vertx) {
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"match": {"partyId": "256700000001"}, "outcome": {"manual": true}}]""",
            Product.COLLECTION);
    String ref = api.pay("10", "256700000001");
    assertThat(api.statusOf(ref).getString("status")).isEqualTo("PENDING");

    await(session.control().approve(ref));
    assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void anHttpFaultRefusesTheCreatingCallAndStoresNothing(Vertx vertx) {
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"match": {"partyId": "256700000001"},
          "outcome": {"httpFault": {"status": 503, "code": "SERVICE_UNAVAILABLE", "message": "Try later."}}}]""",
            Product.COLLECTION);
    String ref = SandboxSession.newReference();
    Reply reply = api.create(ref, Payments.of(Product.COLLECTION, "10", "256700000001"));

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().getMap())
        .containsEntry("code", "SERVICE_UNAVAILABLE")
        .containsEntry("message", "Try later.");
    assertThat(api.status(ref).status()).isEqualTo(404);
  }

  @Test
  void anHttpFaultCanDelayTheAnswerInstead(Vertx vertx) {
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"match": {"partyId": "256700000001"}, "outcome": {"httpFault": {"delayMillis": 2000}}}]""",
            Product.COLLECTION);
    String ref = SandboxSession.newReference();
    Future<Reply> answer =
        api.createCall(ref, Payments.of(Product.COLLECTION, "10", "256700000001")).sendAsync();

    Awaitility.await("the payment is stored")
        .atMost(SandboxSession.DEADLINE)
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(() -> assertThat(api.status(ref).status()).isEqualTo(200));
    assertThat(answer.isComplete()).as("the 202 is held back while the payment exists").isFalse();
    Expect.accepted(await(answer));
    assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void aRuleWithALimitAppliesThatManyTimesThenTheNextRuleDecides(Vertx vertx) {
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"name": "flaky twice", "times": 2, "match": {"partyId": "256700000001"},
          "outcome": {"status": "FAILED", "reason": "SERVICE_UNAVAILABLE"}}]""",
            Product.COLLECTION);

    assertThat(reasonFor(api, "10", "256700000001")).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(reasonFor(api, "10", "256700000001")).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(reasonFor(api, "10", "256700000001")).isNull();
  }

  @Test
  void inlineRulesComeBeforeTheSandboxTable(Vertx vertx) {
    SandboxNumbers sandbox = SandboxNumbers.read();
    String failed = sandbox.payment(Column.REQUEST_TO_PAY, "Failed").number();
    Payment rejected = sandbox.payment(Column.REQUEST_TO_PAY, "Rejected");
    ProductApi api =
        startWithRules(
            vertx,
            """
        [{"match": {"partyId": "%s"}, "outcome": {"status": "SUCCESSFUL"}}]"""
                .formatted(failed),
            Product.COLLECTION);
    assertThat(reasonFor(api, "10", failed)).isNull();
    assertThat(reasonFor(api, "10", rejected.number())).isEqualTo(rejected.outcome().reason());
  }

  @Test
  void theControlApiAddsReplacesListsAndClearsRules(Vertx vertx) {
    String rejected = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Rejected").number();
    ProductApi api = startWithRules(vertx, "[]", Product.COLLECTION);

    Reply added =
        session
            .call(HttpMethod.POST, "/_sim/rules")
            .jsonText(
                """
        {"name": "added", "times": 1, "match": {"partyId": "256700000001"},
         "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}}""")
            .send();
    assertThat(added.status()).isEqualTo(200);
    JsonArray rules = added.json().getJsonArray("rules");
    assertThat(rules.getJsonObject(0).getString("name")).isEqualTo("added");
    assertThat(rules.getJsonObject(0).getInteger("remainingUses")).isEqualTo(1);
    assertThat(rules.size()).as("the sandbox table stays behind the new rule").isGreaterThan(20);

    assertThat(reasonFor(api, "10", "256700000001")).isEqualTo("NOT_ALLOWED");
    assertThat(
            session
                .get("/_sim/rules")
                .send()
                .json()
                .getJsonArray("rules")
                .getJsonObject(0)
                .getInteger("remainingUses"))
        .isZero();

    Reply replaced =
        session
            .call(HttpMethod.PUT, "/_sim/rules")
            .jsonText(
                """
        {"rules": [{"name": "only", "outcome": {"status": "FAILED", "reason": "EXPIRED"}}]}""")
            .send();
    assertThat(replaced.json().getJsonArray("rules")).hasSize(1);
    assertThat(reasonFor(api, "10", rejected)).isEqualTo("EXPIRED");

    Reply cleared = session.call(HttpMethod.DELETE, "/_sim/rules").send();
    assertThat(cleared.json().getJsonArray("rules")).isEmpty();
    assertThat(reasonFor(api, "10", rejected)).isNull();
  }

  @Test
  void anInvalidRuleIsRefusedWithTheFieldNamedAndNothingChanges(Vertx vertx) {
    startWithRules(vertx, "[]", Product.COLLECTION);
    int before = session.get("/_sim/rules").send().json().getJsonArray("rules").size();

    Reply refused =
        session
            .call(HttpMethod.POST, "/_sim/rules")
            .jsonText(
                """
        {"name": "bad", "match": {"partyIdRegex": "(("}, "outcome": {"status": "FAILED"}}""")
            .send();
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("message")).contains("bad").contains("partyIdRegex");
    assertThat(session.get("/_sim/rules").send().json().getJsonArray("rules")).hasSize(before);
  }

  @Test
  void resetRestoresTheConfiguredRules(Vertx vertx) {
    startWithRules(vertx, "[]", Product.COLLECTION);
    JsonArray configured = session.get("/_sim/rules").send().json().getJsonArray("rules");
    session.call(HttpMethod.DELETE, "/_sim/rules").send();
    await(session.control().reset());
    assertThat(session.get("/_sim/rules").send().json().getJsonArray("rules"))
        .isEqualTo(configured);
  }

  private static String reasonFor(ProductApi api, String amount, String msisdn) {
    JsonObject status = api.statusOf(api.pay(amount, msisdn));
    return status.getString("reason");
  }
}
