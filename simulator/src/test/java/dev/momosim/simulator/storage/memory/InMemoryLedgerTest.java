package dev.momosim.simulator.storage.memory;

import static dev.momosim.simulator.storage.memory.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.AccountBalance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryLedgerTest {
  private final InMemoryLedger ledger =
      new InMemoryLedger(
          account -> account.startsWith("PARTNER") ? new BigDecimal("100") : new BigDecimal("10"));

  @Test
  void movesMoneyWhenTheSourceHasEnough() {
    assertThat(value(ledger.transfer("MSISDN:1", "PARTNER:collection", new BigDecimal("7.5"))))
        .isTrue();
    assertThat(value(ledger.balance("MSISDN:1"))).isEqualByComparingTo("2.5");
    assertThat(value(ledger.balance("PARTNER:collection"))).isEqualByComparingTo("107.5");
  }

  @Test
  void movesEverythingTheSourceHoldsButNotACentMore() {
    assertThat(value(ledger.transfer("MSISDN:1", "PARTNER:collection", new BigDecimal("10"))))
        .isTrue();
    assertThat(value(ledger.transfer("MSISDN:1", "PARTNER:collection", new BigDecimal("0.01"))))
        .isFalse();
    assertThat(value(ledger.balance("MSISDN:1"))).isEqualByComparingTo("0");
  }

  @Test
  void movesNothingWhenTheSourceIsShort() {
    assertThat(value(ledger.transfer("MSISDN:1", "PARTNER:collection", new BigDecimal("10.01"))))
        .isFalse();
    assertThat(value(ledger.balance("MSISDN:1"))).isEqualByComparingTo("10");
    assertThat(value(ledger.balance("PARTNER:collection"))).isEqualByComparingTo("100");
  }

  @Test
  void readingABalanceOpensNothingAndMovingMoneyOpensAtTheOpeningBalance() {
    assertThat(value(ledger.balance("MSISDN:1"))).isEqualByComparingTo("10");
    assertThat(value(ledger.accounts(10))).isEmpty();

    value(ledger.transfer("MSISDN:1", "PARTNER:collection", new BigDecimal("1")));

    assertThat(value(ledger.accounts(10)))
        .extracting(AccountBalance::account)
        .containsExactly("MSISDN:1", "PARTNER:collection");
    assertThat(value(ledger.accounts(10)).get(0))
        .satisfies(
            account -> {
              assertThat(account.opening()).isEqualByComparingTo("10");
              assertThat(account.balance()).isEqualByComparingTo("9");
            });
  }

  @Test
  void aRefusedMoveStoresNoWallet() {
    assertThat(value(ledger.transfer("MSISDN:1", "PARTNER:collection", new BigDecimal("11"))))
        .isFalse();

    assertThat(value(ledger.accounts(10))).isEmpty();
  }

  @Test
  void settingABalanceByHandKeepsTheLedgerBalanced() {
    AccountBalance set = value(ledger.setBalance("MSISDN:1", new BigDecimal("500")));

    assertThat(set.opening()).isEqualByComparingTo("500");
    assertThat(set.balance()).isEqualByComparingTo("500");
    assertThat(total(ledger)).isEqualByComparingTo(openings(ledger));
    assertThat(value(ledger.accounts(10)).get(0).opening()).isEqualByComparingTo("500");
  }

  @Test
  void settingABalanceAfterMovesShiftsTheOpeningByTheDifference() {
    value(ledger.transfer("MSISDN:1", "PARTNER:collection", new BigDecimal("4")));

    AccountBalance set = value(ledger.setBalance("MSISDN:1", new BigDecimal("1")));

    assertThat(set.opening()).isEqualByComparingTo("5");
    assertThat(set.balance()).isEqualByComparingTo("1");
    assertThat(total(ledger)).isEqualByComparingTo(openings(ledger));
  }

  @Test
  void listsAccountsSortedByKeyUpToTheLimitAfterTheCursor() {
    value(ledger.transfer("MSISDN:2", "PARTNER:collection", BigDecimal.ONE));
    value(ledger.transfer("EMAIL:a@b.c", "PARTNER:collection", BigDecimal.ONE));

    assertThat(value(ledger.accounts(10)))
        .extracting(AccountBalance::account)
        .containsExactly("EMAIL:a@b.c", "MSISDN:2", "PARTNER:collection");
    assertThat(value(ledger.accounts(2)))
        .extracting(AccountBalance::account)
        .containsExactly("EMAIL:a@b.c", "MSISDN:2");
    assertThat(value(ledger.accounts("MSISDN:2", 2)))
        .extracting(AccountBalance::account)
        .containsExactly("PARTNER:collection");
  }

  @Test
  void beyondTheCapForgetsTheLeastRecentlyUsedWalletsAndCountsWhatTheyHeld() {
    InMemoryLedger capped = new InMemoryLedger(account -> new BigDecimal("10"), 3);
    for (int i = 1; i <= 3; i++) {
      value(capped.transfer("MSISDN:" + i, "PARTNER:collection", new BigDecimal(i)));
    }
    value(capped.transfer("MSISDN:1", "PARTNER:collection", BigDecimal.ONE)); // 1 used again

    value(capped.transfer("MSISDN:4", "PARTNER:collection", new BigDecimal("4")));

    assertThat(capped.walletCount()).isEqualTo(3);
    assertThat(value(capped.accounts(10)))
        .extracting(AccountBalance::account)
        .containsExactly("MSISDN:1", "MSISDN:3", "MSISDN:4", "PARTNER:collection");
    assertThat(value(capped.balance("MSISDN:2"))).as("forgotten").isEqualByComparingTo("10");
    assertThat(value(capped.balance("MSISDN:1"))).isEqualByComparingTo("8");
    assertThat(value(capped.balance("PARTNER:collection"))).isEqualByComparingTo("21");
    assertThat(value(capped.forgotten()).wallets()).isEqualTo(1);
    assertThat(value(capped.forgotten()).net()).isEqualByComparingTo("-2");
    assertThat(total(capped).subtract(openings(capped)).add(value(capped.forgotten()).net()))
        .isEqualByComparingTo("0");
  }

  @Test
  void neverForgetsAPartnerAccountAndForgetsAWalletBackAtItsOpeningBalanceUncounted() {
    InMemoryLedger capped = new InMemoryLedger(account -> new BigDecimal("10"), 1);
    value(capped.transfer("MSISDN:1", "PARTNER:collection", BigDecimal.ONE));
    value(capped.transfer("PARTNER:collection", "MSISDN:1", BigDecimal.ONE)); // back at 10

    value(capped.transfer("MSISDN:2", "PARTNER:disbursement", BigDecimal.ONE));

    assertThat(value(capped.accounts(10)))
        .extracting(AccountBalance::account)
        .containsExactly("MSISDN:2", "PARTNER:collection", "PARTNER:disbursement");
    assertThat(value(capped.forgotten()).wallets()).isZero();
  }

  @Test
  void clearingReopensEveryAccountAtItsOpeningBalance() {
    value(ledger.setBalance("MSISDN:1", new BigDecimal("500")));

    value(ledger.clear());

    assertThat(value(ledger.accounts(10))).isEmpty();
    assertThat(value(ledger.balance("MSISDN:1"))).isEqualByComparingTo("10");
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
                        ? value(ledger.transfer(wallet, "PARTNER:collection", new BigDecimal("3")))
                        : value(ledger.transfer("PARTNER:collection", wallet, new BigDecimal("2")));
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
    value(ledger.accounts(100)).forEach(account -> assertThat(account.balance()).isNotNegative());
  }

  @Test
  void concurrentDebitsNeverOverdrawAnAccount() throws Exception {
    int threads = 8;
    int triesEach = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger moved = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < triesEach; i++) {
                  if (value(ledger.transfer("MSISDN:1", "MSISDN:2", new BigDecimal("0.03")))) {
                    moved.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : work) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    // 10 / 0.03: exactly 333 moves fit, whichever threads make them; 4000 were tried.
    assertThat(moved.get()).isEqualTo(333);
    assertThat(value(ledger.balance("MSISDN:1"))).isEqualByComparingTo("0.01");
    assertThat(value(ledger.balance("MSISDN:2"))).isEqualByComparingTo("19.99");
  }

  private static BigDecimal total(InMemoryLedger ledger) {
    return value(ledger.accounts(Integer.MAX_VALUE)).stream()
        .map(AccountBalance::balance)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal openings(InMemoryLedger ledger) {
    return value(ledger.accounts(Integer.MAX_VALUE)).stream()
        .map(AccountBalance::opening)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
