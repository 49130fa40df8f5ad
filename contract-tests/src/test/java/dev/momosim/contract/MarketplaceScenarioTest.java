package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.contract.Marketplace.Payout;
import dev.momosim.contract.Marketplace.Sale;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The marketplace flow of the original brief's Example 1, end to end on every target. */
@Contract
class MarketplaceScenarioTest extends ContractCase {

  private final SandboxNumbers sandbox = SandboxNumbers.read();
  private Marketplace shop;

  @BeforeEach
  void setUpClients() {
    this.shop = new Marketplace(target.client(), target.settleDeadline());
  }

  @Test
  void shopCollectsThePriceFromTheBuyerAndPaysTheSellerEightyPercent() {
    Sale sale =
        shop.sell(
            "order-100",
            Party.msisdn(Parties.ORDINARY_MSISDN),
            Party.msisdn("256772000001"),
            "100");

    assertThat(sale.payment().status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(sale.payment().amount()).isEqualTo("100");
    assertThat(sale.transfer().status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(sale.transfer().amount()).isEqualTo("80");
    assertThat(sale.transfer().externalId()).isEqualTo("order-100");
    assertThat(sale.payout()).isEqualTo(Payout.PAID);
  }

  @Test
  void sellersShareOfADecimalPriceIsSentWithoutTrailingZeros() {
    Sale sale =
        shop.sell(
            "order-1250",
            Party.msisdn(Parties.ORDINARY_MSISDN),
            Party.msisdn("256772000002"),
            "12.50");

    assertThat(sale.transfer().amount()).isEqualTo("10");
    assertThat(sale.payout()).isEqualTo(Payout.PAID);
  }

  @Test
  void payoutTheSandboxCannotFundIsHandledAsInsufficientBalance() {
    Sale sale =
        shop.sell(
            "order-nsf",
            Party.msisdn(Parties.ORDINARY_MSISDN),
            Party.msisdn(sandbox.payment(Column.TRANSFER, "NotEnoughFunds").number()),
            "100");

    assertThat(sale.payment().isSuccessful()).isTrue();
    assertThat(sale.transfer().status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(sale.payout()).isEqualTo(Payout.INSUFFICIENT_BALANCE);
  }

  @Test
  void buyerWhoRejectsThePaymentMeansTheSellerIsNotPaid() {
    Payment rejected = sandbox.payment(Column.REQUEST_TO_PAY, "Rejected");
    Sale sale =
        shop.sell(
            "order-rejected", Party.msisdn(rejected.number()), Party.msisdn("256772000003"), "100");

    assertThat(sale.payment().status().name()).isEqualTo(rejected.outcome().status());
    assertThat(sale.payment().reason().code()).isEqualTo(rejected.outcome().reason());
    assertThat(sale.transfer()).isNull();
    assertThat(sale.payout()).isEqualTo(Payout.NOT_ATTEMPTED);
  }

  @Test
  @SimulatorOnly
  void payoutLargerThanTheDisbursementAccountIsHandledAsInsufficientBalance() {
    String account = "PARTNER:disbursement";
    BigDecimal balance = balanceOf(account);
    Await.result(target.control().setBalance(account, new BigDecimal("50")));
    try {
      Sale sale = shop.sell("order-shortfall", Parties.fresh(), Parties.fresh(), "100");

      assertThat(sale.payment().isSuccessful()).isTrue();
      assertThat(sale.transfer().reason().code()).isEqualTo("NOT_ENOUGH_FUNDS");
      assertThat(sale.payout()).isEqualTo(Payout.INSUFFICIENT_BALANCE);
      assertThat(balanceOf(account)).isEqualByComparingTo("50");
    } finally {
      Await.result(target.control().setBalance(account, balance));
    }
  }

  private BigDecimal balanceOf(String account) {
    return Await.result(target.control().accounts()).stream()
        .filter(view -> view.account().equals(account))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the ledger has no " + account))
        .balance();
  }
}
