package dev.momosim.contract.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.control.RequestView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour rules added through the control API in the rule-file format (docs/rules.md). */
@Contract
@SimulatorOnly
class RulesTest {

  private MomoTarget target;
  private SimulatorScenario sim;
  private Party payer;

  @BeforeEach
  void setUp(MomoTarget target) {
    this.target = target;
    this.sim = new SimulatorScenario(target);
    this.payer = Parties.fresh();
  }

  @Test
  void ruleDecidesTheFinalStatusAndReason() {
    sim.ruleFor(
        payer, new JsonObject().put("status", "FAILED").put("reason", "PAYER_LIMIT_REACHED"));

    Transaction done = sim.awaitFinal(sim.requestToPay(payer, "10"));

    assertThat(done.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(done.reason().code()).isEqualTo("PAYER_LIMIT_REACHED");
  }

  @Test
  void ruleWithADelayKeepsThePaymentPendingUntilTheClockPassesIt() {
    sim.ruleFor(payer, new JsonObject().put("status", "SUCCESSFUL").put("delaySeconds", 60));
    String ref = sim.requestToPay(payer, "10");

    assertThat(sim.status(ref).status()).isEqualTo(TransactionStatus.PENDING);
    Await.result(sim.control().advanceClock(Duration.ofSeconds(61)));

    assertThat(sim.status(ref).status()).isEqualTo(TransactionStatus.SUCCESSFUL);
  }

  @Test
  void ruleWithInitialStatusCreatedShowsCreatedFirst() {
    sim.ruleFor(
        payer,
        new JsonObject()
            .put("status", "SUCCESSFUL")
            .put("initialStatus", "CREATED")
            .put("delaySeconds", 30));

    assertThat(sim.status(sim.requestToPay(payer, "10")).status())
        .isEqualTo(TransactionStatus.CREATED);
  }

  @Test
  void ruleUsedOnceGivesWayToTheDefaultOutcome() {
    Await.result(
        sim.control()
            .addRules(
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("name", "once")
                            .put("times", 1)
                            .put("match", new JsonObject().put("partyId", payer.id()))
                            .put(
                                "outcome",
                                new JsonObject()
                                    .put("status", "FAILED")
                                    .put("reason", "NOT_ALLOWED")))));

    Transaction first = sim.awaitFinal(sim.requestToPay(payer, "10"));
    Transaction second = sim.awaitFinal(sim.requestToPay(payer, "10"));

    assertThat(first.reason().code()).isEqualTo("NOT_ALLOWED");
    assertThat(second.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
  }

  @Test
  void ruleMatchingAnAmountRangeLeavesOtherAmountsAlone() {
    Await.result(
        sim.control()
            .addRules(
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("name", "large amounts of " + payer.id())
                            .put(
                                "match",
                                new JsonObject()
                                    .put("partyId", payer.id())
                                    .put("amountMin", "1000"))
                            .put(
                                "outcome",
                                new JsonObject()
                                    .put("status", "FAILED")
                                    .put("reason", "PAYER_LIMIT_REACHED")))));

    assertThat(sim.awaitFinal(sim.requestToPay(payer, "999")).status())
        .isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(sim.awaitFinal(sim.requestToPay(payer, "1000")).reason().code())
        .isEqualTo("PAYER_LIMIT_REACHED");
  }

  @Test
  void httpFaultRuleAnswersTheCreatingCallWithThatError() {
    sim.ruleFor(
        payer,
        new JsonObject()
            .put("httpFault", new JsonObject().put("status", 500).put("code", "NOT_ALLOWED")));

    Throwable failure =
        Await.failure(
            target.client().collections().requestToPay(RequestToPay.of("10", "EUR", payer)));

    assertThat(failure).isInstanceOf(MomoApiException.class);
    assertThat(((MomoApiException) failure).status()).isEqualTo(500);
    assertThat(((MomoApiException) failure).rawCode()).isEqualTo("NOT_ALLOWED");
  }

  @Test
  void oneShotServiceUnavailableIsRetriedByTheClientWithTheSameReferenceId() {
    Await.result(
        sim.control()
            .addRules(
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("name", "one 503 for " + payer.id())
                            .put("times", 1)
                            .put("match", new JsonObject().put("partyId", payer.id()))
                            .put(
                                "outcome",
                                new JsonObject()
                                    .put(
                                        "httpFault",
                                        new JsonObject()
                                            .put("status", 503)
                                            .put("code", "SERVICE_UNAVAILABLE"))))));

    String ref = sim.requestToPay(payer, "10");

    assertThat(sim.awaitFinal(ref).status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    List<RequestView> posts =
        Await.result(
            sim.control()
                .requests(
                    RequestFilter.ALL
                        .withPathContaining("/collection/v1_0/requesttopay")
                        .withReferenceId(ref)));
    assertThat(posts.stream().filter(r -> "POST".equals(r.method())).map(RequestView::status))
        .containsExactlyInAnyOrder(503, 202);
  }
}
