package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private final Ledger ledger =
      new Ledger(
          account -> account.startsWith("PARTNER") ? new BigDecimal("100") : new BigDecimal("10"));

  @Test
  void movesMoneyWhenTheSourceHasEnough() {
    assertThat(ledger.move("MSISDN:1", "PARTNER:collection", new BigDecimal("7.5"))).isTrue();
    assertThat(ledger.balance("MSISDN:1")).isEqualByComparingTo("2.5");
    assertThat(ledger.balance("PARTNER:collection")).isEqualByComparingTo("107.5");
  }

  @Test
  void movesNothingWhenTheSourceIsShort() {
    assertThat(ledger.move("MSISDN:1", "PARTNER:collection", new BigDecimal("10.01"))).isFalse();
    assertThat(ledger.balance("MSISDN:1")).isEqualByComparingTo("10");
    assertThat(ledger.balance("PARTNER:collection")).isEqualByComparingTo("100");
  }

  @Test
  void settingABalanceByHandKeepsTheLedgerBalanced() {
    ledger.setBalance("MSISDN:1", new BigDecimal("500"));
    assertThat(total(ledger)).isEqualByComparingTo(openings(ledger));
    assertThat(ledger.accounts().get("MSISDN:1").opening()).isEqualByComparingTo("500");
  }

  @Test
  void namesAnAccountByPartnerProductOrWalletTypeInAnyCase() {
    assertThat(Ledger.accountKey("PARTNER:disbursement")).isEqualTo("PARTNER:disbursement");
    assertThat(Ledger.accountKey("partner:Remittance")).isEqualTo("PARTNER:remittance");
    assertThat(Ledger.accountKey("msisdn:256700000001")).isEqualTo("MSISDN:256700000001");
    assertThat(Ledger.accountKey("Party_Code:x:y")).isEqualTo("PARTY_CODE:x:y");
    assertThat(Ledger.accountKey("EMAIL:a@b.c")).isEqualTo(new Party("email", "a@b.c").walletKey());
  }

  @Test
  void refusesToSetTheBalanceOfAnAccountItCannotNameListingTheFormsItTakes() {
    for (String account :
        new String[] {
          "BOGUS", "PARTNER:foo", "MSISDN:", "MSISDN: ", "PARTNER:", ":1", "WALLET:1", ""
        }) {
      assertThatThrownBy(() -> ledger.setBalance(account, BigDecimal.ONE))
          .as(account)
          .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContaining("PARTNER:collection")
          .hasMessageContaining("MSISDN:<id>")
          .hasMessageContaining("EMAIL:<id>")
          .hasMessageContaining("PARTY_CODE:<id>");
    }
    assertThat(ledger.accounts()).isEmpty();
  }

  @Test
  void setsTheBalanceOfTheWalletPaymentsUseWhateverTheCaseOfItsType() {
    ledger.setBalance("msisdn:1", new BigDecimal("3"));

    assertThat(ledger.accounts()).containsOnlyKeys("MSISDN:1");
    assertThat(ledger.balance(new Party("MSISDN", "1").walletKey())).isEqualByComparingTo("3");
  }

  @Test
  void moneyNeitherAppearsNorVanishesUnderConcurrentMoves() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger refused = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      String wallet = "MSISDN:" + (i % 13);
      boolean payIn = i % 3 != 0;
      work.add(
          pool.submit(
              () -> {
                boolean moved =
                    payIn
                        ? ledger.move(wallet, "PARTNER:collection", new BigDecimal("3"))
                        : ledger.move("PARTNER:collection", wallet, new BigDecimal("2"));
                if (!moved) {
                  refused.incrementAndGet();
                }
              }));
    }
    for (Future<?> future : work) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(refused.get())
        .as("some moves must be refused for the test to mean anything")
        .isPositive();
    assertThat(total(ledger)).isEqualByComparingTo(openings(ledger));
    ledger.accounts().values().forEach(account -> assertThat(account.balance()).isNotNegative());
  }

  private static BigDecimal total(Ledger ledger) {
    return ledger.accounts().values().stream()
        .map(Ledger.AccountBalance::balance)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal openings(Ledger ledger) {
    return ledger.accounts().values().stream()
        .map(Ledger.AccountBalance::opening)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
