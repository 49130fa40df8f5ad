package dev.momosim.simulator.app;

import static dev.momosim.simulator.app.Completed.failure;
import static dev.momosim.simulator.app.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleSet;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsTest {
  private final InMemoryStore store = Fixtures.store();
  private final Accounts accounts =
      new Accounts(
          store.ledger(),
          Fixtures.time(store),
          new Behaviours(
              store.behaviour(),
              new RuleSet(List.of(), Map.of()),
              ApprovalMode.AUTO,
              store.changes()),
          Fixtures.PAYMENTS);

  @Test
  void refusesToSetTheBalanceOfAnAccountItCannotNameListingTheFormsItTakes() {
    for (String account :
        new String[] {
          "BOGUS", "PARTNER:foo", "MSISDN:", "MSISDN: ", "PARTNER:", ":1", "WALLET:1", ""
        }) {
      assertThat(failure(accounts.setBalance(account, BigDecimal.ONE)))
          .as(account)
          .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContaining("PARTNER:collection")
          .hasMessageContaining("MSISDN:<id>")
          .hasMessageContaining("EMAIL:<id>")
          .hasMessageContaining("PARTY_CODE:<id>");
    }
    assertThat(value(store.ledger().accounts(100))).isEmpty();
  }

  @Test
  void refusesABalanceThatIsNotAUsableAmount() {
    assertThat(failure(accounts.setBalance("MSISDN:1", new BigDecimal("-1"))))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("balance");
    assertThat(value(store.ledger().accounts(100))).isEmpty();
  }

  @Test
  void setsTheBalanceOfTheWalletPaymentsUseWhateverTheCaseOfItsType() {
    List<AccountBalance> listed = value(accounts.setBalance("msisdn:1", new BigDecimal("3")));

    assertThat(value(store.ledger().balance(new Party("MSISDN", "1").walletKey())))
        .isEqualByComparingTo("3");
    assertThat(listed)
        .extracting(AccountBalance::account)
        .containsExactly(
            "MSISDN:1", "PARTNER:collection", "PARTNER:disbursement", "PARTNER:remittance");
  }

  @Test
  void listsEveryPartnerAccountEvenUntouched() {
    assertThat(value(accounts.accounts()))
        .hasSize(Product.values().length)
        .allSatisfy(
            account -> {
              assertThat(account.account()).startsWith("PARTNER:");
              assertThat(account.balance()).isEqualByComparingTo(Fixtures.PARTNER_OPENING);
            });
  }

  @Test
  void answersThePartnerBalanceOnlyInTheEnvironmentsCurrency() {
    assertThat(value(accounts.partnerBalance(Product.DISBURSEMENT, "EUR")))
        .isEqualByComparingTo(Fixtures.PARTNER_OPENING);
    assertThat(value(accounts.partnerBalance(Product.DISBURSEMENT, null)))
        .isEqualByComparingTo(Fixtures.PARTNER_OPENING);
    assertThat(failure(accounts.partnerBalance(Product.DISBURSEMENT, "UGX")))
        .isInstanceOfSatisfying(
            MomoException.class,
            e -> {
              assertThat(e.status()).isEqualTo(500);
              assertThat(e.code()).isEqualTo("INVALID_CURRENCY");
            });
  }
}
