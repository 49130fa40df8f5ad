package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.Transactions;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request-to-pay (§5 C5/C6, §9, §13): outcomes of the default number and of every sandbox test
 * number of the RequestToPay column of §13.2(b), as {@link SandboxNumbers} reads it from the
 * digest.
 */
@Contract
class RequestToPayContractTest extends ContractCase {

  private Collections collections;

  @BeforeEach
  void setUpClients() {
    this.collections = target.client().collections();
  }

  @Test
  void requestToPayForAnOrdinaryNumberSucceedsWithAFinancialTransactionIdAndNoReason() {
    String ref =
        Await.result(
            collections.requestToPay(
                new RequestToPay(
                    "50",
                    "EUR",
                    "order-1",
                    Party.msisdn(Parties.ORDINARY_MSISDN),
                    "MoMo Debit API",
                    "MoMo Debit API")));

    Transaction done = awaitFinal(ref);

    assertThat(done.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(done.financialTransactionId()).as("financialTransactionId").matches("\\d{6,12}");
    assertThat(done.reason()).as("reason").isNull();
    assertThat(done.referenceId()).isEqualTo(ref);
    assertThat(done.party()).isEqualTo(Party.msisdn(Parties.ORDINARY_MSISDN));
    assertThat(done.externalId()).isEqualTo("order-1");
    assertThat(done.payerMessage()).isEqualTo("MoMo Debit API");
    assertThat(done.payeeNote()).isEqualTo("MoMo Debit API");
  }

  @Test
  void statusEchoesTheAmountWithoutTrailingZeros() {
    String ref =
        Await.result(
            collections.requestToPay(
                RequestToPay.of("12.50", "EUR", Party.msisdn(Parties.ORDINARY_MSISDN))));

    Transaction done = awaitFinal(ref);

    assertThat(done.amount()).isEqualTo("12.5");
    assertThat(done.currency()).isEqualTo("EUR");
  }

  @Test
  void statusLeavesOutFieldsTheRequestDidNotCarry() {
    String ref =
        Await.result(
            collections.requestToPay(
                RequestToPay.of("5", "EUR", Party.msisdn(Parties.ORDINARY_MSISDN))));

    Transaction done = awaitFinal(ref);

    assertThat(done.externalId()).isNull();
    assertThat(done.payerMessage()).isNull();
    assertThat(done.payeeNote()).isNull();
  }

  /** Every payer number documented to fail at once. */
  static Stream<Arguments> sandboxPayers() {
    return SandboxNumbers.read().failingAtOnce(Column.REQUEST_TO_PAY).stream()
        .map(payer -> Arguments.of(payer.number(), payer.outcome().reason()));
  }

  @ParameterizedTest(name = "payer {0} ends FAILED {1}")
  @MethodSource("sandboxPayers")
  void sandboxPayerNumberEndsFailedWithItsReasonAndNoFinancialTransactionId(
      String msisdn, String reason) {
    String ref =
        Await.result(
            collections.requestToPay(
                new RequestToPay(
                    "100",
                    "EUR",
                    "probe-" + msisdn,
                    Party.msisdn(msisdn),
                    "contract",
                    "contract")));

    Transaction done = awaitFinal(ref);

    assertThat(done.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(done.reason()).as("reason").isNotNull();
    assertThat(done.reason().code()).isEqualTo(reason);
    assertThat(done.financialTransactionId()).as("financialTransactionId").isNull();
    assertThat(done.party()).isEqualTo(Party.msisdn(msisdn));
  }

  @Test
  void ongoingPayerNumberIsPendingAtFirstAndOnSimulatorsExpiresAfterThreeMinutes() {
    Payment ongoing = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Ongoing");
    String ref =
        Await.result(
            collections.requestToPay(
                new RequestToPay(
                    "5000",
                    "EUR",
                    "probe-1",
                    Party.msisdn(ongoing.number()),
                    "contract",
                    "contract")));

    Transaction early =
        Transactions.firstVisible(target.vertx(), collections, ref, Duration.ofSeconds(20));
    assertThat(early.status().name()).isEqualTo(ongoing.outcome().initialStatus());
    assertThat(early.financialTransactionId()).isNull();
    assertThat(early.reason()).isNull();

    if (target.isSimulator()) {
      Await.result(target.control().advanceClock(Duration.ofSeconds(170)));
      assertThat(Await.result(collections.status(ref)).status())
          .isEqualTo(TransactionStatus.PENDING);
      Await.result(target.control().advanceClock(Duration.ofSeconds(11)));
      Transaction done = awaitFinal(ref);
      assertThat(done.status().name()).isEqualTo(ongoing.outcome().status());
      assertThat(done.reason().code()).isEqualTo(ongoing.outcome().reason());
    }
  }

  @Test
  void delayedPayerNumberIsCreatedAtFirstAndOnSimulatorsSucceedsAfterTwentyFiveSeconds() {
    Payment delayed = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Delayed");
    String ref =
        Await.result(
            collections.requestToPay(RequestToPay.of("5", "EUR", Party.msisdn(delayed.number()))));

    Transaction early =
        Transactions.firstVisible(target.vertx(), collections, ref, Duration.ofSeconds(20));
    assertThat(early.status().name()).isEqualTo(delayed.outcome().initialStatus());
    assertThat(early.financialTransactionId()).isNull();

    if (target.isSimulator()) {
      Await.result(target.control().advanceClock(Duration.ofSeconds(26)));
      Transaction done = awaitFinal(ref);
      assertThat(done.status().name()).isEqualTo(delayed.outcome().status());
      assertThat(done.financialTransactionId()).matches("\\d{6,12}");
    }
  }

  private Transaction awaitFinal(String ref) {
    return Await.result(
        collections.awaitFinal(ref, target.settleDeadline()),
        target.settleDeadline().plusSeconds(10));
  }
}
