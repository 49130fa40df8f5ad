package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import dev.momosim.client.product.TransferOperations;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.Transactions;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transfers on disbursement and remittance (§6 D5/D6, §7 R5/R6, §9, §13): every sandbox payee
 * number of the Transfer column of §13.2(b), as {@link SandboxNumbers} reads it from the digest.
 */
@Contract
class TransferContractTest extends ContractCase {

  static TransferOperations transfers(MomoTarget target, Product product) {
    return product == Product.DISBURSEMENT
        ? target.client().disbursements()
        : target.client().remittances();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Product.class,
      names = {"DISBURSEMENT", "REMITTANCE"})
  void transferToAnOrdinaryNumberSucceedsWithAFinancialTransactionIdAndNoReason(Product product) {
    TransferOperations transfers = transfers(target, product);
    String ref =
        Await.result(
            transfers.transfer(
                new Transfer(
                    "50",
                    "EUR",
                    "TX_DST_456",
                    Party.msisdn(Parties.ORDINARY_MSISDN),
                    "payout",
                    "payout")));

    Transaction done = awaitFinal(transfers, ref);

    assertThat(done.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(done.financialTransactionId()).matches("\\d{6,12}");
    assertThat(done.reason()).isNull();
    assertThat(done.party()).isEqualTo(Party.msisdn(Parties.ORDINARY_MSISDN));
    assertThat(done.amount()).isEqualTo("50");
    assertThat(done.externalId()).isEqualTo("TX_DST_456");
  }

  /** Every payee number documented to fail at once, on both transfer products. */
  static Stream<Arguments> sandboxPayees() {
    return Stream.of(Product.DISBURSEMENT, Product.REMITTANCE)
        .flatMap(
            product ->
                SandboxNumbers.read().failingAtOnce(Column.TRANSFER).stream()
                    .map(payee -> Arguments.of(product, payee.number(), payee.outcome().reason())));
  }

  @ParameterizedTest(name = "{0} payee {1} ends FAILED {2}")
  @MethodSource("sandboxPayees")
  void sandboxPayeeNumberEndsFailedWithItsReasonAndNoFinancialTransactionId(
      Product product, String msisdn, String reason) {
    TransferOperations transfers = transfers(target, product);
    String ref =
        Await.result(
            transfers.transfer(
                new Transfer(
                    "100",
                    "EUR",
                    "probe-" + msisdn,
                    Party.msisdn(msisdn),
                    "contract",
                    "contract")));

    Transaction done = awaitFinal(transfers, ref);

    assertThat(done.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(done.reason()).as("reason").isNotNull();
    assertThat(done.reason().code()).isEqualTo(reason);
    assertThat(done.financialTransactionId()).as("financialTransactionId").isNull();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Product.class,
      names = {"DISBURSEMENT", "REMITTANCE"})
  void ongoingPayeeNumberIsPendingAtFirstAndOnSimulatorsExpiresAfterThreeMinutes(Product product) {
    TransferOperations transfers = transfers(target, product);
    Payment ongoing = SandboxNumbers.read().payment(Column.TRANSFER, "Ongoing");
    String ref =
        Await.result(
            transfers.transfer(Transfer.of("12.50", "EUR", Party.msisdn(ongoing.number()))));

    Transaction early =
        Transactions.firstVisible(target.vertx(), transfers, ref, Duration.ofSeconds(20));
    assertThat(early.status().name()).isEqualTo(ongoing.outcome().initialStatus());
    assertThat(early.amount()).isEqualTo("12.5");
    assertThat(early.financialTransactionId()).isNull();

    if (target.isSimulator()) {
      Await.result(target.control().advanceClock(Duration.ofSeconds(181)));
      Transaction done = awaitFinal(transfers, ref);
      assertThat(done.status().name()).isEqualTo(ongoing.outcome().status());
      assertThat(done.reason().code()).isEqualTo(ongoing.outcome().reason());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Product.class,
      names = {"DISBURSEMENT", "REMITTANCE"})
  void delayedPayeeNumberIsCreatedAtFirstAndOnSimulatorsSucceedsAfterTwentyFiveSeconds(
      Product product) {
    TransferOperations transfers = transfers(target, product);
    Payment delayed = SandboxNumbers.read().payment(Column.TRANSFER, "Delayed");
    String ref =
        Await.result(transfers.transfer(Transfer.of("5", "EUR", Party.msisdn(delayed.number()))));

    Transaction early =
        Transactions.firstVisible(target.vertx(), transfers, ref, Duration.ofSeconds(20));
    assertThat(early.status().name()).isEqualTo(delayed.outcome().initialStatus());

    if (target.isSimulator()) {
      Await.result(target.control().advanceClock(Duration.ofSeconds(26)));
      Transaction done = awaitFinal(transfers, ref);
      assertThat(done.status().name()).isEqualTo(delayed.outcome().status());
      assertThat(done.financialTransactionId()).matches("\\d{6,12}");
    }
  }

  private Transaction awaitFinal(TransferOperations transfers, String ref) {
    return Await.result(
        transfers.awaitFinal(ref, target.settleDeadline()),
        target.settleDeadline().plusSeconds(10));
  }
}
