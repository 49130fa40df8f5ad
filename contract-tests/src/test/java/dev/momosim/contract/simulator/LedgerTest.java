package dev.momosim.contract.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.model.Transfer;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.simulator.control.AccountView;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Money movements in the simulator's ledger ({@code control().accounts()}), and balances that
 * follow them.
 */
@Contract
@SimulatorOnly
class LedgerTest {

  private MomoTarget target;
  private SimulatorScenario sim;

  @BeforeEach
  void setUp(MomoTarget target) {
    this.target = target;
    this.sim = new SimulatorScenario(target);
  }

  @Test
  void successfulRequestToPayMovesTheAmountFromThePayerToTheCollectionAccount() {
    Party payer = Parties.fresh();
    BigDecimal collectionBefore = balance("PARTNER:collection");

    sim.awaitFinal(sim.requestToPay(payer, "40.5"));

    assertThat(balance("MSISDN:" + payer.id())).isEqualByComparingTo("999959.5");
    assertThat(balance("PARTNER:collection"))
        .isEqualByComparingTo(collectionBefore.add(new BigDecimal("40.5")));
  }

  @Test
  void successfulTransferMovesTheAmountFromTheDisbursementAccountToThePayee() {
    Party payee = Parties.fresh();
    BigDecimal before = balance("PARTNER:disbursement");

    String ref =
        Await.result(target.client().disbursements().transfer(Transfer.of("70", "EUR", payee)));
    Await.result(target.client().disbursements().awaitFinal(ref, target.settleDeadline()));

    assertThat(balance("MSISDN:" + payee.id())).isEqualByComparingTo("1000070");
    assertThat(balance("PARTNER:disbursement"))
        .isEqualByComparingTo(before.subtract(new BigDecimal("70")));
  }

  @Test
  void failedPaymentMovesNoMoney() {
    BigDecimal before = balance("PARTNER:collection");
    Party payer = Parties.fresh();
    sim.ruleFor(payer, new JsonObject().put("status", "FAILED").put("reason", "APPROVAL_REJECTED"));

    sim.awaitFinal(sim.requestToPay(payer, "10"));

    assertThat(balance("PARTNER:collection")).isEqualByComparingTo(before);
    List<AccountView> accounts = Await.result(sim.control().accounts());
    if (accounts.stream().anyMatch(account -> account.account().equals("MSISDN:" + payer.id()))) {
      assertThat(balance("MSISDN:" + payer.id())).isEqualByComparingTo("1000000");
    }
  }

  @Test
  void payerWithoutEnoughMoneyFailsWithNotEnoughFunds() {
    Party payer = Parties.fresh();
    Await.result(sim.control().setBalance("MSISDN:" + payer.id(), new BigDecimal("5")));

    var done = sim.awaitFinal(sim.requestToPay(payer, "10"));

    assertThat(done.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(done.reason().code()).isEqualTo("NOT_ENOUGH_FUNDS");
    assertThat(balance("MSISDN:" + payer.id())).isEqualByComparingTo("5");
  }

  @Test
  void balanceEndpointAnswersTheLedgersPartnerAccount() {
    sim.awaitFinal(sim.requestToPay(Parties.fresh(), "3"));

    String answered = Await.result(target.client().collections().balance()).availableBalance();

    assertThat(new BigDecimal(answered)).isEqualByComparingTo(balance("PARTNER:collection"));
  }

  private BigDecimal balance(String account) {
    List<AccountView> accounts = Await.result(sim.control().accounts());
    return accounts.stream()
        .filter(view -> view.account().equals(account))
        .findFirst()
        .orElseThrow(() -> new AssertionError("ledger has no " + account + ": " + accounts))
        .balance();
  }
}
