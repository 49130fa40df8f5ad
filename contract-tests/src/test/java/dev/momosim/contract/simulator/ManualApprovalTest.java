package dev.momosim.contract.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.control.ControlException;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payments a person decides through the control API, and the approval window on the simulator
 * clock.
 */
@Contract
@SimulatorOnly
class ManualApprovalTest {

  private static final JsonObject MANUAL = new JsonObject().put("manual", true);

  private SimulatorScenario sim;
  private Party payer;

  @BeforeEach
  void setUp(MomoTarget target) {
    this.sim = new SimulatorScenario(target);
    this.payer = Parties.fresh();
    sim.ruleFor(payer, MANUAL);
  }

  @Test
  void manualPaymentStaysPendingUntilApprovedThenSucceeds() {
    String ref = sim.requestToPay(payer, "25");
    assertThat(sim.status(ref).status()).isEqualTo(TransactionStatus.PENDING);

    Await.result(sim.control().approve(ref));

    Transaction done = sim.status(ref);
    assertThat(done.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(done.financialTransactionId()).matches("\\d{6,12}");
  }

  @Test
  void rejectedPaymentFailsWithApprovalRejected() {
    String ref = sim.requestToPay(payer, "25");

    Await.result(sim.control().reject(ref, null));

    Transaction done = sim.status(ref);
    assertThat(done.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(done.reason().code()).isEqualTo("APPROVAL_REJECTED");
    assertThat(done.financialTransactionId()).isNull();
  }

  @Test
  void paymentCanBeFailedWithAnyReasonCode() {
    String ref = sim.requestToPay(payer, "25");

    Await.result(sim.control().fail(ref, "PAYER_LIMIT_REACHED"));

    assertThat(sim.status(ref).reason().code()).isEqualTo("PAYER_LIMIT_REACHED");
  }

  @Test
  void decidingAFinalPaymentAgainIsRefusedWithConflict() {
    String ref = sim.requestToPay(payer, "25");
    Await.result(sim.control().approve(ref));

    Throwable again = Await.failure(sim.control().reject(ref, null));

    assertThat(again).isInstanceOf(ControlException.class);
    assertThat(((ControlException) again).status()).isEqualTo(409);
  }

  @Test
  void unapprovedPaymentExpiresWhenTheApprovalWindowEndsOnTheClock() {
    String ref = sim.requestToPay(payer, "25");

    Await.result(sim.control().advanceClock(Duration.ofSeconds(290)));
    assertThat(sim.status(ref).status()).isEqualTo(TransactionStatus.PENDING);
    Await.result(sim.control().advanceClock(Duration.ofSeconds(11)));

    Transaction done = sim.status(ref);
    assertThat(done.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(done.reason().code()).isEqualTo("EXPIRED");
  }

  @Test
  void manualApprovalModeLeavesPaymentsNoRuleMatchesPending() {
    ApprovalMode before = Await.result(sim.control().approvalMode());
    Await.result(sim.control().setApprovalMode(ApprovalMode.MANUAL));
    try {
      String ref = sim.requestToPay(Parties.fresh(), "5");

      assertThat(sim.status(ref).status()).isEqualTo(TransactionStatus.PENDING);
      Await.result(sim.control().approve(ref));
      assertThat(sim.status(ref).status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    } finally {
      Await.result(sim.control().setApprovalMode(before));
    }
  }
}
