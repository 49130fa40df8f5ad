package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Money, issue 2 item 8: balances answer from the ledger, money moves on SUCCESSFUL and is
 * conserved.
 */
@MomoSimulatorTest
class LedgerAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  LedgerAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  @Test
  void creditsTheCollectionAccountWithEverySuccessfulRequestToPay() {
    ProductApi collection = sim.api(Product.COLLECTION);

    collection.pay("0.25", "256774290781");
    collection.pay("0.75", "256774290782");
    collection.pay("12.50", "256774290781");

    Reply balance = collection.balance();
    assertThat(balance.json())
        .isEqualTo(new JsonObject().put("availableBalance", "13.5").put("currency", "EUR"));
  }

  @Test
  void debitsTheProductAccountWithEverySuccessfulTransfer() {
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    ProductApi remittance = sim.api(Product.REMITTANCE);

    disbursement.pay("100.50", "256774290781");
    disbursement.pay("0.5", "256774290781");
    remittance.pay("1000", "256774290781");

    assertThat(disbursement.balance().json().getString("availableBalance")).isEqualTo("999899");
    assertThat(remittance.balance().json().getString("availableBalance")).isEqualTo("999000");
  }

  @Test
  void givesEveryWalletOneMillionEurByDefault() {
    ProductApi collection = sim.api(Product.COLLECTION);

    assertThat(
            collection.statusOf(collection.pay("1000000.01", "256770000001")).getString("reason"))
        .isEqualTo("NOT_ENOUGH_FUNDS");
    assertThat(collection.statusOf(collection.pay("1000000", "256770000002")).getString("status"))
        .isEqualTo("SUCCESSFUL");
  }

  @Test
  void keepsEveryBalanceUnchangedWhileAPaymentIsPendingOrCreated() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    SandboxNumbers sandbox = SandboxNumbers.read();

    for (String label : List.of("Ongoing", "Delayed")) {
      collection.pay("5", sandbox.payment(Column.REQUEST_TO_PAY, label).number());
      disbursement.pay("5", sandbox.payment(Column.TRANSFER, label).number());
    }

    assertThat(collection.balanceAmount()).isEqualByComparingTo("0");
    assertThat(disbursement.balanceAmount()).isEqualByComparingTo("1000000");
  }

  /** With 10 EUR in wallet 46700000001. */
  @Nested
  @MomoSimulatorTest(config = "{\"ledger\":{\"wallets\":{\"46700000001\":\"10\"}}}")
  class TenEurWallet {
    @AutoClose private final SandboxSession sim;

    TenEurWallet(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void failsARequestToPayLargerThanThePayersWalletWithNotEnoughFunds() {
      ProductApi collection = sim.api(Product.COLLECTION);

      JsonObject tooMuch = collection.statusOf(collection.pay("10.01", "46700000001"));
      JsonObject exact = collection.statusOf(collection.pay("10", "46700000001"));
      JsonObject empty = collection.statusOf(collection.pay("0.01", "46700000001"));

      assertThat(tooMuch.getString("status")).isEqualTo("FAILED");
      assertThat(tooMuch.getString("reason")).isEqualTo("NOT_ENOUGH_FUNDS");
      assertThat(exact.getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(empty.getString("status")).isEqualTo("FAILED");
      assertThat(empty.getString("reason")).isEqualTo("NOT_ENOUGH_FUNDS");
      assertThat(collection.balanceAmount()).isEqualByComparingTo("10");
    }
  }

  /**
   * With 10 EUR in wallet 46700000001 and INTERNAL_PROCESSING_ERROR as the reason a payer without
   * funds gets.
   */
  @Nested
  @MomoSimulatorTest(
      config =
          "{\"ledger\":{\"wallets\":{\"46700000001\":\"10\"},\"payerInsufficientFundsReason\":\"INTERNAL_PROCESSING_ERROR\"}}")
  class ConfiguredNoFundsReason {
    @AutoClose private final SandboxSession sim;

    ConfiguredNoFundsReason(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void usesTheConfiguredReasonForAPayerWithoutFunds() {
      ProductApi collection = sim.api(Product.COLLECTION);

      JsonObject status = collection.statusOf(collection.pay("11", "46700000001"));

      assertThat(status.getString("status")).isEqualTo("FAILED");
      assertThat(status.getString("reason")).isEqualTo("INTERNAL_PROCESSING_ERROR");
    }
  }

  /** With 100 EUR in every wallet not configured otherwise. */
  @Nested
  @MomoSimulatorTest(config = "{\"ledger\":{\"defaultWalletBalance\":\"100\"}}")
  class HundredEurWallets {
    @AutoClose private final SandboxSession sim;

    HundredEurWallets(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void givesEveryUnconfiguredWalletTheDefaultBalance() {
      ProductApi collection = sim.api(Product.COLLECTION);

      assertThat(collection.statusOf(collection.pay("100.01", "256770000001")).getString("reason"))
          .isEqualTo("NOT_ENOUGH_FUNDS");
      assertThat(collection.statusOf(collection.pay("100", "256770000002")).getString("status"))
          .isEqualTo("SUCCESSFUL");
    }
  }

  /** With 100 EUR in the disbursement account and 50.5 EUR in the remittance account. */
  @Nested
  @MomoSimulatorTest(
      config = "{\"ledger\":{\"accounts\":{\"disbursement\":\"100\",\"remittance\":\"50.5\"}}}")
  class SmallTransferAccounts {
    @AutoClose private final SandboxSession sim;

    SmallTransferAccounts(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void failsATransferLargerThanTheAccountBalanceWithNotEnoughFunds() {
      ProductApi disbursement = sim.api(Product.DISBURSEMENT);
      ProductApi remittance = sim.api(Product.REMITTANCE);

      JsonObject tooMuch = disbursement.statusOf(disbursement.pay("100.01", "256774290781"));
      JsonObject remittanceTooMuch = remittance.statusOf(remittance.pay("50.51", "256774290781"));

      assertThat(tooMuch.getString("status")).isEqualTo("FAILED");
      assertThat(tooMuch.getString("reason")).isEqualTo("NOT_ENOUGH_FUNDS");
      assertThat(remittanceTooMuch.getString("reason")).isEqualTo("NOT_ENOUGH_FUNDS");
      assertThat(disbursement.balance().json().getString("availableBalance")).isEqualTo("100");
      assertThat(remittance.balance().json().getString("availableBalance")).isEqualTo("50.5");

      assertThat(disbursement.statusOf(disbursement.pay("100", "256774290781")).getString("status"))
          .isEqualTo("SUCCESSFUL");
      assertThat(disbursement.balance().json().getString("availableBalance")).isEqualTo("0");
    }
  }

  /** With wallet 46700000009 empty. */
  @Nested
  @MomoSimulatorTest(config = "{\"ledger\":{\"wallets\":{\"46700000009\":\"0\"}}}")
  class EmptyWallet {
    @AutoClose private final SandboxSession sim;

    EmptyWallet(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void creditsTheTransferredMoneyToThePayeesWallet() {
      ProductApi collection = sim.api(Product.COLLECTION);
      ProductApi disbursement = sim.api(Product.DISBURSEMENT);
      assertThat(collection.statusOf(collection.pay("0.01", "46700000009")).getString("reason"))
          .as("the wallet starts empty")
          .isEqualTo("NOT_ENOUGH_FUNDS");

      disbursement.pay("30", "46700000009");

      assertThat(collection.statusOf(collection.pay("30.01", "46700000009")).getString("reason"))
          .isEqualTo("NOT_ENOUGH_FUNDS");
      assertThat(collection.statusOf(collection.pay("30", "46700000009")).getString("status"))
          .isEqualTo("SUCCESSFUL");
      assertThat(collection.balanceAmount()).isEqualByComparingTo("30");
      assertThat(disbursement.balanceAmount()).isEqualByComparingTo("999970");
    }
  }

  /** With a balance configured for each of the three accounts. */
  @Nested
  @MomoSimulatorTest(
      config =
          "{\"ledger\":{\"accounts\":{\"collection\":\"12.50\",\"disbursement\":\"1000\",\"remittance\":\"0.10\"}}}")
  class ConfiguredAccounts {
    @AutoClose private final SandboxSession sim;

    ConfiguredAccounts(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void answersEveryBalanceFromTheConfiguredAccounts() {

      assertThat(sim.api(Product.COLLECTION).balance().json().getString("availableBalance"))
          .isEqualTo("12.5");
      assertThat(sim.api(Product.DISBURSEMENT).balance().json().getString("availableBalance"))
          .isEqualTo("1000");
      assertThat(sim.api(Product.REMITTANCE).balance().json().getString("availableBalance"))
          .isEqualTo("0.1");
    }
  }

  /** With 300 EUR to disburse, 150 EUR to remit and 20 EUR in each of five wallets. */
  @Nested
  @MomoSimulatorTest(
      config =
          "{\"ledger\":{\"accounts\":{\"collection\":\"0\",\"disbursement\":\"300\",\"remittance\":\"150\"},\"wallets\":{\"46700000001\":\"20\",\"46700000002\":\"20\",\"46700000003\":\"20\",\"46700000004\":\"20\",\"46700000005\":\"20\"}}}")
  class SmallAccountsAndWallets {
    @AutoClose private final SandboxSession sim;

    SmallAccountsAndWallets(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    /**
     * Many concurrent request-to-pays and transfers, some failing for funds. Wallets are not
     * visible through the API, so each is computed from the outcomes and then probed: a
     * request-to-pay of one cent more than its computed balance must fail, one of exactly the
     * balance must succeed.
     */
    @Test
    void neverCreatesOrLosesMoneyUnderConcurrentPayments() {
      List<String> wallets =
          List.of("46700000001", "46700000002", "46700000003", "46700000004", "46700000005");
      BigDecimal initialTotal = new BigDecimal("550");
      ProductApi collection = sim.api(Product.COLLECTION);
      ProductApi disbursement = sim.api(Product.DISBURSEMENT);
      ProductApi remittance = sim.api(Product.REMITTANCE);

      record Op(ProductApi api, String wallet, BigDecimal amount, String ref) {}
      List<Op> ops = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        ops.add(
            new Op(
                collection,
                wallets.get(i % 5),
                new BigDecimal("3.25"),
                SandboxSession.newReference()));
      }
      for (int i = 0; i < 40; i++) {
        ops.add(
            new Op(
                disbursement,
                wallets.get(i % 5),
                new BigDecimal("8.5"),
                SandboxSession.newReference()));
      }
      for (int i = 0; i < 20; i++) {
        ops.add(
            new Op(
                remittance,
                wallets.get(i % 5),
                new BigDecimal("9"),
                SandboxSession.newReference()));
      }
      Collections.shuffle(ops, new Random(20260917L));

      List<Future<Reply>> sent = new ArrayList<>();
      for (Op op : ops) {
        sent.add(
            op.api()
                .createCall(
                    op.ref(),
                    Payments.of(op.api().product, op.amount().toPlainString(), op.wallet()))
                .sendAsync());
      }
      SandboxSession.await(Future.all(sent));
      sent.forEach(f -> Expect.accepted(f.result()));

      Map<String, BigDecimal> walletBalance = new LinkedHashMap<>();
      wallets.forEach(w -> walletBalance.put(w, new BigDecimal("20")));
      Map<Product, BigDecimal> moved = new LinkedHashMap<>();
      Map<Product, Integer> successes = new LinkedHashMap<>();
      for (Product p : Product.values()) {
        moved.put(p, BigDecimal.ZERO);
        successes.put(p, 0);
      }
      for (Op op : ops) {
        JsonObject status = op.api().statusOf(op.ref());
        Product p = op.api().product;
        if (status.getString("status").equals("SUCCESSFUL")) {
          moved.merge(p, op.amount(), BigDecimal::add);
          successes.merge(p, 1, Integer::sum);
          walletBalance.merge(
              op.wallet(), p.isTransfer() ? op.amount() : op.amount().negate(), BigDecimal::add);
        } else {
          assertThat(status.getString("status")).as("%s", status).isEqualTo("FAILED");
          assertThat(status.getString("reason")).as("%s", status).isEqualTo("NOT_ENOUGH_FUNDS");
        }
      }

      // 300 / 8.5 -> exactly 35 transfers fit; 150 / 9 -> exactly 16, whatever the interleaving.
      assertThat(successes.get(Product.DISBURSEMENT)).isEqualTo(35);
      assertThat(successes.get(Product.REMITTANCE)).isEqualTo(16);
      assertThat(collection.balanceAmount()).isEqualByComparingTo(moved.get(Product.COLLECTION));
      assertThat(disbursement.balanceAmount())
          .isEqualByComparingTo(new BigDecimal("300").subtract(moved.get(Product.DISBURSEMENT)));
      assertThat(remittance.balanceAmount())
          .isEqualByComparingTo(new BigDecimal("150").subtract(moved.get(Product.REMITTANCE)));
      walletBalance.forEach(
          (w, b) -> assertThat(b).as("wallet %s never goes negative", w).isNotNegative());

      // Probe each hidden wallet: one cent more than computed fails; the computed balance empties
      // it.
      BigDecimal cent = new BigDecimal("0.01");
      for (Map.Entry<String, BigDecimal> wallet : walletBalance.entrySet()) {
        JsonObject over =
            collection.statusOf(
                collection.pay(wallet.getValue().add(cent).toPlainString(), wallet.getKey()));
        assertThat(over.getString("reason"))
            .as("wallet %s holds no more than %s", wallet.getKey(), wallet.getValue())
            .isEqualTo("NOT_ENOUGH_FUNDS");
        if (wallet.getValue().signum() > 0) {
          JsonObject drain =
              collection.statusOf(
                  collection.pay(wallet.getValue().toPlainString(), wallet.getKey()));
          assertThat(drain.getString("status"))
              .as("wallet %s holds %s", wallet.getKey(), wallet.getValue())
              .isEqualTo("SUCCESSFUL");
        }
      }

      // Every wallet is now empty, so all the money sits in the three accounts.
      BigDecimal accounts =
          collection
              .balanceAmount()
              .add(disbursement.balanceAmount())
              .add(remittance.balanceAmount());
      assertThat(accounts).isEqualByComparingTo(initialTotal);
    }
  }
}
