package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.control.ControlException;
import dev.momosim.simulator.control.TransactionFilter;
import dev.momosim.simulator.control.TransactionView;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Manual approval: payments wait for a person, over HTTP and in process, until the window ends. */
@MomoSimulatorTest(config = "{\"approval\": {\"mode\": \"MANUAL\"}}")
class ManualApprovalAcceptanceTest {
  @AutoClose private final SandboxSession session;

  ManualApprovalAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @Test
  void aPendingPaymentSucceedsWhenApprovedOverHttp() {
    ProductApi api = session.api(Product.COLLECTION);
    String ref = api.pay("25", "256700000001");
    assertThat(api.statusOf(ref).getString("status")).isEqualTo("PENDING");

    Reply approved = session.post("/_sim/transactions/" + ref + "/approve").send();
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().getMap())
        .containsEntry("status", "SUCCESSFUL")
        .containsEntry("referenceId", ref);
    assertThat(api.statusOf(ref).getMap())
        .containsEntry("status", "SUCCESSFUL")
        .containsKey("financialTransactionId");
    assertThat(api.balanceAmount()).isEqualByComparingTo("25");
  }

  @Test
  void rejectingFailsItApprovalRejectedOrWithTheReasonGiven() {
    ProductApi api = session.api(Product.COLLECTION);
    String plain = api.pay("25", "256700000001");
    String withReason = api.pay("25", "256700000002");

    session.post("/_sim/transactions/" + plain + "/reject").send();
    session
        .post("/_sim/transactions/" + withReason + "/reject")
        .jsonText("{\"reason\": \"PAYER_NOT_FOUND\"}")
        .send();

    assertThat(api.statusOf(plain).getMap())
        .containsEntry("status", "FAILED")
        .containsEntry("reason", "APPROVAL_REJECTED");
    assertThat(api.statusOf(withReason).getMap()).containsEntry("reason", "PAYER_NOT_FOUND");
    assertThat(api.balanceAmount()).isEqualByComparingTo("0");
  }

  @Test
  void expireAndFailEndThePaymentInProcess() {
    ProductApi api = session.api(Product.COLLECTION);
    String expired = api.pay("5", "256700000001");
    String failed = api.pay("5", "256700000001");

    assertThat(await(session.control().expire(expired)).reason()).isEqualTo("EXPIRED");
    assertThat(await(session.control().fail(failed, "INTERNAL_PROCESSING_ERROR")).status())
        .isEqualTo("FAILED");
    assertThat(api.statusOf(failed).getString("reason")).isEqualTo("INTERNAL_PROCESSING_ERROR");
  }

  @Test
  void decidingAFinalPaymentIsRefusedWithAConflict() {
    ProductApi api = session.api(Product.COLLECTION);
    String ref = api.pay("5", "256700000001");
    await(session.control().approve(ref));

    Reply again = session.post("/_sim/transactions/" + ref + "/reject").send();
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("code")).isEqualTo("TRANSACTION_ALREADY_FINAL");
    assertThat(again.json().getString("message")).contains("SUCCESSFUL");
    assertThatThrownBy(
            () -> session.control().approve(ref).toCompletionStage().toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(ControlException.class)
        .extracting(failure -> ((ControlException) failure).status())
        .isEqualTo(409);
  }

  @Test
  void pendingPaymentsAreListedAndFilteredNewestFirst() {
    ProductApi api = session.api(Product.COLLECTION);
    String first = api.pay("5", "256700000001");
    String second = api.pay("6", "256700000002");
    await(session.control().approve(first));

    assertThat(await(session.control().transactions(TransactionFilter.pending())))
        .extracting(TransactionView::referenceId)
        .containsExactly(second);
    Reply listed = session.get("/_sim/transactions?product=collection").send();
    assertThat(listed.json().getJsonArray("transactions")).hasSize(2);
    assertThat(listed.json().getJsonArray("transactions").getJsonObject(0).getString("referenceId"))
        .isEqualTo(second);
    Reply byParty = session.get("/_sim/transactions?partyId=256700000001").send();
    assertThat(byParty.json().getJsonArray("transactions")).hasSize(1);
    assertThat(session.get("/_sim/transactions/" + SandboxSession.newReference()).send().status())
        .isEqualTo(404);
  }

  /** With a two-minute approval window. */
  @Nested
  @MomoSimulatorTest(config = "{\"approval\": {\"mode\": \"MANUAL\", \"windowSeconds\": 120}}")
  class TwoMinuteWindow {
    @AutoClose private final SandboxSession session;

    TwoMinuteWindow(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void theApprovalWindowEndsOnTheSimulatorClock() {
      ProductApi api = session.api(Product.COLLECTION);
      session.freezeClock();
      String ref = api.pay("5", "256700000001");
      TransactionView pending = await(session.control().transaction(ref));
      assertThat(pending.expiresAt()).isNotNull();

      session.advance(Duration.ofSeconds(119));
      assertThat(api.statusOf(ref).getString("status")).isEqualTo("PENDING");
      session.advance(Duration.ofSeconds(1));
      assertThat(api.statusOf(ref).getMap())
          .containsEntry("status", "FAILED")
          .containsEntry("reason", "EXPIRED");
    }
  }

  /** With 10 EUR in the payer's wallet. */
  @Nested
  @MomoSimulatorTest(
      config =
          "{\"approval\": {\"mode\": \"MANUAL\"}, \"ledger\": {\"wallets\": {\"256700000001\": \"10\"}}}")
  class TenEurPayer {
    @AutoClose private final SandboxSession session;

    TenEurPayer(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void approvingMoreThanThePayerHoldsFailsNotEnoughFunds() {
      ProductApi api = session.api(Product.COLLECTION);
      String ref = api.pay("10.01", "256700000001");
      assertThat(await(session.control().approve(ref)).reason()).isEqualTo("NOT_ENOUGH_FUNDS");
    }
  }

  /** With the default, automatic approval mode. */
  @Nested
  @MomoSimulatorTest
  class AutomaticApproval {
    @AutoClose private final SandboxSession session;

    AutomaticApproval(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void theApprovalModeCanBeSwitchedAtRunTime() {
      ProductApi api = session.api(Product.COLLECTION);
      assertThat(api.statusOf(api.pay("5", "256700000001")).getString("status"))
          .isEqualTo("SUCCESSFUL");

      Reply switched =
          session
              .call(HttpMethod.PUT, "/_sim/approval-mode")
              .jsonText("{\"mode\": \"MANUAL\"}")
              .send();
      assertThat(switched.json().getString("mode")).isEqualTo("MANUAL");
      assertThat(api.statusOf(api.pay("5", "256700000001")).getString("status"))
          .isEqualTo("PENDING");
      assertThat(await(session.control().approvalMode())).isEqualTo(ApprovalMode.MANUAL);

      Reply bad =
          session
              .call(HttpMethod.PUT, "/_sim/approval-mode")
              .jsonText("{\"mode\": \"SOMETIMES\"}")
              .send();
      assertThat(bad.status()).isEqualTo(400);
    }
  }
}
