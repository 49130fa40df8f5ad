package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Behaviour rules of every kind, loaded from the config and changed through the control API. */
class RulesAcceptanceTest {
  /** A rule for remittance transfers only. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"name": "remittance only", "match": {"products": ["remittance"], "operations": ["transfer"]},
          "outcome": {"status": "FAILED", "reason": "PAYER_LIMIT_REACHED"}}]}""")
  class ProductAndOperationRule {
    @AutoClose private final SandboxSession session;

    ProductAndOperationRule(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aRuleMatchesOnlyItsProductAndOperation() {
      ProductApi remittance = session.api(Product.REMITTANCE);
      ProductApi disbursement = session.api(Product.DISBURSEMENT);

      assertThat(remittance.statusOf(remittance.pay("10", "256700000001")).getString("reason"))
          .isEqualTo("PAYER_LIMIT_REACHED");
      assertThat(disbursement.statusOf(disbursement.pay("10", "256700000001")).getString("status"))
          .isEqualTo("SUCCESSFUL");
    }
  }

  /** Rules on party ids: exact, by prefix, by regular expression. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"name": "exact", "match": {"partyId": ["256700000001", "256700000002"]},
          "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}},
         {"name": "prefix", "match": {"partyIdPrefix": "2568"}, "outcome": {"status": "FAILED", "reason": "PAYER_NOT_FOUND"}},
         {"name": "regex", "match": {"partyIdRegex": "2569\\\\d*9"}, "outcome": {"status": "FAILED", "reason": "EXPIRED"}}]}
        """)
  class PartyIdRules {
    @AutoClose private final SandboxSession session;

    PartyIdRules(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void partyIdsMatchExactlyByPrefixOrByRegularExpression() {
      ProductApi api = session.api(Product.COLLECTION);

      assertThat(reasonFor(api, "10", "256700000002")).isEqualTo("NOT_ALLOWED");
      assertThat(reasonFor(api, "10", "256800000000")).isEqualTo("PAYER_NOT_FOUND");
      assertThat(reasonFor(api, "10", "256900000009")).isEqualTo("EXPIRED");
      assertThat(reasonFor(api, "10", "256900000008")).isNull();
    }
  }

  /** Rules on the amount, the currency and the external id. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"name": "exact amount", "match": {"amount": "13"}, "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}},
         {"name": "range", "match": {"amountMin": "500", "amountMax": "1000"}, "outcome": {"status": "FAILED", "reason": "PAYER_LIMIT_REACHED"}},
         {"name": "external id", "match": {"externalId": "order-7", "currency": "EUR"}, "outcome": {"status": "FAILED", "reason": "EXPIRED"}}]}
        """)
  class AmountCurrencyAndExternalIdRules {
    @AutoClose private final SandboxSession session;

    AmountCurrencyAndExternalIdRules(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void amountsMatchExactlyOrInARangeAndCurrencyAndExternalIdMatchExactly() {
      ProductApi api = session.api(Product.COLLECTION);

      assertThat(reasonFor(api, "13.00", "256700000001")).isEqualTo("NOT_ALLOWED");
      assertThat(reasonFor(api, "500", "256700000001")).isEqualTo("PAYER_LIMIT_REACHED");
      assertThat(reasonFor(api, "1000", "256700000001")).isEqualTo("PAYER_LIMIT_REACHED");
      assertThat(reasonFor(api, "1000.01", "256700000001")).isNull();
      String ref =
          api.pay(
              Payments.of(Product.COLLECTION, "20", "256700000001").put("externalId", "order-7"));
      assertThat(api.statusOf(ref).getString("reason")).isEqualTo("EXPIRED");
    }
  }

  /** A rule whose outcome comes 40 s later on the simulator clock. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"match": {"partyId": "256700000001"},
          "outcome": {"status": "FAILED", "reason": "PAYEE_NOT_FOUND", "delaySeconds": 40, "initialStatus": "CREATED"}}]}
        """)
  class DelayedOutcomeRule {
    @AutoClose private final SandboxSession session;

    DelayedOutcomeRule(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aDelayedOutcomeShowsItsInitialStatusUntilTheClockReachesIt() {
      ProductApi api = session.api(Product.DISBURSEMENT);
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
  }

  /** A rule that leaves the decision to a person. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"match": {"partyId": "256700000001"}, "outcome": {"manual": true}}]}""")
  class ManualRule {
    @AutoClose private final SandboxSession session;

    ManualRule(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aManualRuleWaitsForAPersonWhateverTheApprovalMode() {
      ProductApi api = session.api(Product.COLLECTION);
      String ref = api.pay("10", "256700000001");
      assertThat(api.statusOf(ref).getString("status")).isEqualTo("PENDING");

      await(session.control().approve(ref));
      assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
    }
  }

  /** A rule that answers the creating call with an HTTP fault. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"match": {"partyId": "256700000001"},
          "outcome": {"httpFault": {"status": 503, "code": "SERVICE_UNAVAILABLE", "message": "Try later."}}}]}""")
  class HttpFaultRule {
    @AutoClose private final SandboxSession session;

    HttpFaultRule(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void anHttpFaultRefusesTheCreatingCallAndStoresNothing() {
      ProductApi api = session.api(Product.COLLECTION);
      String ref = SandboxSession.newReference();
      Reply reply = api.create(ref, Payments.of(Product.COLLECTION, "10", "256700000001"));

      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.json().getMap())
          .containsEntry("code", "SERVICE_UNAVAILABLE")
          .containsEntry("message", "Try later.");
      assertThat(api.status(ref).status()).isEqualTo(404);
    }
  }

  /** A rule that delays the answer to the creating call by 2 s. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"match": {"partyId": "256700000001"}, "outcome": {"httpFault": {"delayMillis": 2000}}}]}""")
  class DelayedAnswerRule {
    @AutoClose private final SandboxSession session;

    DelayedAnswerRule(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void anHttpFaultCanDelayTheAnswerInstead() {
      ProductApi api = session.api(Product.COLLECTION);
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
  }

  /** A rule that applies twice. */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"name": "flaky twice", "times": 2, "match": {"partyId": "256700000001"},
          "outcome": {"status": "FAILED", "reason": "SERVICE_UNAVAILABLE"}}]}""")
  class LimitedRule {
    @AutoClose private final SandboxSession session;

    LimitedRule(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aRuleWithALimitAppliesThatManyTimesThenTheNextRuleDecides() {
      ProductApi api = session.api(Product.COLLECTION);

      assertThat(reasonFor(api, "10", "256700000001")).isEqualTo("SERVICE_UNAVAILABLE");
      assertThat(reasonFor(api, "10", "256700000001")).isEqualTo("SERVICE_UNAVAILABLE");
      assertThat(reasonFor(api, "10", "256700000001")).isNull();
    }
  }

  /**
   * An inline rule that matches every payment of 10, so also those to the sandbox table's numbers.
   * It matches on the amount because an annotation's config is a constant and the numbers come from
   * the digest.
   */
  @Nested
  @MomoSimulatorTest(
      config =
          """
        {"rules": [{"match": {"amount": "10"}, "outcome": {"status": "SUCCESSFUL"}}]}""")
  class InlineRuleOverSandboxTable {
    @AutoClose private final SandboxSession session;

    InlineRuleOverSandboxTable(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void inlineRulesComeBeforeTheSandboxTable() {
      SandboxNumbers sandbox = SandboxNumbers.read();
      String failed = sandbox.payment(Column.REQUEST_TO_PAY, "Failed").number();
      Payment rejected = sandbox.payment(Column.REQUEST_TO_PAY, "Rejected");
      ProductApi api = session.api(Product.COLLECTION);
      assertThat(reasonFor(api, "10", failed)).isNull();
      assertThat(reasonFor(api, "11", rejected.number())).isEqualTo(rejected.outcome().reason());
    }
  }

  /** No rules in the config: the sandbox table alone, changed through the control API. */
  @Nested
  @MomoSimulatorTest(config = "{\"rules\": []}")
  class NoConfiguredRules {
    @AutoClose private final SandboxSession session;

    NoConfiguredRules(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void theControlApiAddsReplacesListsAndClearsRules() {
      String rejected = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Rejected").number();
      ProductApi api = session.api(Product.COLLECTION);

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
    void anInvalidRuleIsRefusedWithTheFieldNamedAndNothingChanges() {
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
    void resetRestoresTheConfiguredRules() {
      JsonArray configured = session.get("/_sim/rules").send().json().getJsonArray("rules");
      session.call(HttpMethod.DELETE, "/_sim/rules").send();
      await(session.control().reset());
      assertThat(session.get("/_sim/rules").send().json().getJsonArray("rules"))
          .isEqualTo(configured);
    }
  }

  private static String reasonFor(ProductApi api, String amount, String msisdn) {
    JsonObject status = api.statusOf(api.pay(amount, msisdn));
    return status.getString("reason");
  }
}
