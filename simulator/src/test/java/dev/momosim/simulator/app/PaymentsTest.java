package dev.momosim.simulator.app;

import static dev.momosim.simulator.app.Completed.awaited;
import static dev.momosim.simulator.app.Completed.failure;
import static dev.momosim.simulator.app.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleSet;
import dev.momosim.simulator.behaviour.Scenario;
import dev.momosim.simulator.behaviour.ScenarioReader;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionQuery;
import dev.momosim.simulator.domain.TransactionStatus;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Accepting and settling payments. The races matter most: a person approving while the clock
 * settles the same payment must change its status once and move its money once.
 */
class PaymentsTest {
  private static final ApiUser USER =
      new ApiUser(Fixtures.PRESET_COLLECTION_USER.id(), "localhost", Product.COLLECTION, "k");
  private static final String PAYER = "MSISDN:46733123454";
  private static final String PARTNER = "PARTNER:collection";

  /** Succeeds 10 s after acceptance. */
  private static final List<Rule> SUCCEED_LATER =
      Fixtures.rules(
          """
      {"rules": [{"name": "later", "outcome": {"status": "SUCCESSFUL", "delaySeconds": 10}}]}""");

  private final List<Transaction> announced = new CopyOnWriteArrayList<>();
  private final AtomicReference<Runnable> beforeFirstCompareAndSet = new AtomicReference<>();
  private InMemoryStore store;
  private Time time;
  private Payments payments;

  @Test
  void settlesAPaymentDueNowBeforeTheCreatingCallCompletes() {
    start(List.of(), ApprovalMode.AUTO);

    Payments.Accepted accepted = value(payments.accept(rtp("a", "30"), USER));

    assertThat(accepted.transaction().status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(accepted.responseDelay()).isZero();
    assertThat(balance(PAYER)).isEqualByComparingTo("70");
    assertThat(balance(PARTNER)).isEqualByComparingTo("1030");
    assertThat(announced)
        .extracting(Transaction::status)
        .containsExactly(TransactionStatus.PENDING, TransactionStatus.SUCCESSFUL);
  }

  @Test
  void aScenarioDecidesInsteadOfTheRulesTakingNoUseOfThem() {
    start(
        Fixtures.rules(
            """
        {"rules": [{"name": "once", "times": 1, "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}}]}"""),
        ApprovalMode.MANUAL);
    Scenario scenario =
        new ScenarioReader(new RuleFileParser(Map.<String, Long>of()::get)).read("DELAY:5");

    Transaction forced =
        value(payments.accept(rtp("a", "30"), USER, Optional.of(scenario))).transaction();
    Transaction ruled = value(payments.accept(rtp("b", "30"), USER)).transaction();
    Transaction after = value(payments.accept(rtp("c", "30"), USER)).transaction();

    assertThat(forced.status()).isEqualTo(TransactionStatus.PENDING);
    assertThat(forced.decision().status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(forced.decidedBy()).isEqualTo("X-Momo-Sim-Scenario: DELAY:5");
    assertThat(ruled.reason()).as("the rule kept its one use").isEqualTo("NOT_ALLOWED");
    assertThat(after.decidedBy()).isEqualTo("approval mode MANUAL");
  }

  @Test
  void failsARequestToPayThePayerCannotAffordWithTheConfiguredReasonMovingNothing() {
    start(List.of(), ApprovalMode.AUTO);

    Transaction settled = value(payments.accept(rtp("a", "100.01"), USER)).transaction();

    assertThat(settled.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(settled.reason()).isEqualTo("PAYER_LIMIT_REACHED");
    assertThat(balance(PAYER)).isEqualByComparingTo("100");
    assertThat(balance(PARTNER)).isEqualByComparingTo("1000");
  }

  @Test
  void refusesADuplicateReferenceIdKeepingTheFirst() {
    start(SUCCEED_LATER, ApprovalMode.AUTO);
    value(payments.accept(rtp("a", "30"), USER));

    assertThat(failure(payments.accept(rtp("a", "40"), USER)))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThat(value(payments.find("a")).orElseThrow().request().amount())
        .isEqualByComparingTo("30");
  }

  @Test
  void settlesALaterOutcomeWhenTheClockReachesIt() {
    start(SUCCEED_LATER, ApprovalMode.AUTO);
    value(payments.accept(rtp("a", "30"), USER));

    value(time.advance(Duration.ofSeconds(9)));
    assertThat(status("a")).isEqualTo(TransactionStatus.PENDING);
    assertThat(balance(PAYER)).isEqualByComparingTo("100");

    value(time.advance(Duration.ofSeconds(1)));
    assertThat(status("a")).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(balance(PAYER)).isEqualByComparingTo("70");
  }

  @Test
  void aScheduledSettleThatWinsWhileAnApprovalIsUnderWayLeavesTheApprovalNothingToDo() {
    start(SUCCEED_LATER, ApprovalMode.AUTO);
    value(payments.accept(rtp("a", "30"), USER));
    // The approval has read the payment pending and moved the money; just before it changes the
    // status, the clock reaches the planned outcome, which settles the payment itself.
    beforeFirstCompareAndSet.set(() -> value(time.advance(Duration.ofSeconds(10))));

    Throwable refusal = failure(payments.approve("a"));

    assertThat(refusal)
        .isInstanceOfSatisfying(
            MomoException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.code()).isEqualTo("TRANSACTION_ALREADY_FINAL");
            });
    assertSettledOnce("a", TransactionStatus.SUCCESSFUL);
    assertThat(balance(PAYER)).isEqualByComparingTo("70");
    assertThat(balance(PARTNER)).isEqualByComparingTo("1030");
  }

  @Test
  void anApprovalThatWinsWhileTheScheduledSettleIsUnderWayIsTheOneThatCounts() {
    start(SUCCEED_LATER, ApprovalMode.AUTO);
    value(payments.accept(rtp("a", "30"), USER));
    AtomicReference<Transaction> approved = new AtomicReference<>();
    // In one process an approval waits for a settle under way; another instance's does not.
    Payments otherInstance = anotherInstance();
    beforeFirstCompareAndSet.set(() -> approved.set(value(otherInstance.approve("a"))));

    value(time.advance(Duration.ofSeconds(10)));

    assertThat(approved.get().status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertSettledOnce("a", TransactionStatus.SUCCESSFUL);
    assertThat(value(payments.find("a")).orElseThrow()).isEqualTo(approved.get());
    assertThat(balance(PAYER)).isEqualByComparingTo("70");
    assertThat(balance(PARTNER)).isEqualByComparingTo("1030");
  }

  @Test
  void aLosingSettlersMoneyMoveDoesNotMakeTheWinnerFailForWantOfFunds() {
    start(SUCCEED_LATER, ApprovalMode.AUTO);
    value(store.ledger().setBalance(PAYER, new BigDecimal("30")));
    value(payments.accept(rtp("a", "30"), USER));
    // The approval has taken the payer's 30 and is about to change the status when the clock
    // settles the payment as planned (SUCCESSFUL): the payer had the money for it.
    beforeFirstCompareAndSet.set(() -> value(time.advance(Duration.ofSeconds(10))));

    payments.approve("a");

    Transaction settled = value(payments.find("a")).orElseThrow();
    assertThat(settled.status())
        .as("reason %s", settled.reason())
        .isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(balance(PAYER)).isEqualByComparingTo("0");
  }

  @Test
  void anExpiryThatWinsWhileAnApprovalIsUnderWayGivesTheMoneyBack() {
    start(List.of(), ApprovalMode.MANUAL);
    value(payments.accept(rtp("a", "30"), USER));
    beforeFirstCompareAndSet.set(() -> value(time.advance(Fixtures.PAYMENTS.approvalWindow())));

    Throwable refusal = failure(payments.approve("a"));

    assertThat(refusal)
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(409));
    Transaction expired = assertSettledOnce("a", TransactionStatus.FAILED);
    assertThat(expired.reason()).isEqualTo("EXPIRED");
    assertThat(balance(PAYER)).isEqualByComparingTo("100");
    assertThat(balance(PARTNER)).isEqualByComparingTo("1000");
  }

  @Test
  void anApprovalThatWinsBeforeTheExpiryMovesTheMoneyOnce() {
    start(List.of(), ApprovalMode.MANUAL);
    value(payments.accept(rtp("a", "30"), USER));
    Payments otherInstance = anotherInstance(); // in one process it would wait for the expiry
    beforeFirstCompareAndSet.set(() -> value(otherInstance.approve("a")));

    value(time.advance(Fixtures.PAYMENTS.approvalWindow()));

    assertSettledOnce("a", TransactionStatus.SUCCESSFUL);
    assertThat(balance(PAYER)).isEqualByComparingTo("70");
    assertThat(balance(PARTNER)).isEqualByComparingTo("1030");
  }

  @Test
  void approvalsRacingTheClockOnOtherThreadsSettleEveryPaymentExactlyOnce() throws Exception {
    start(SUCCEED_LATER, ApprovalMode.AUTO);
    int count = 200;
    for (int i = 0; i < count; i++) {
      value(payments.accept(request("r" + i, "4673300" + i, "30"), USER));
      value(time.advance(Duration.ofMillis(10))); // due one after the other
    }
    value(time.advance(Duration.ofMillis(7990))); // the first is due in 10 ms
    ExecutorService pool = Executors.newFixedThreadPool(3);
    CountDownLatch start = new CountDownLatch(1);
    List<java.util.concurrent.Future<?>> racers = new ArrayList<>();
    racers.add(
        pool.submit(
            () -> {
              start.await();
              for (int i = 0; i < count; i++) {
                awaited(time.advance(Duration.ofMillis(10))); // may wait for a racer's settle
              }
              return null;
            }));
    for (int half = 0; half < 2; half++) {
      int first = half;
      racers.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = first; i < count; i += 2) {
                  Throwable refusal =
                      payments
                          .approve("r" + i)
                          .toCompletionStage()
                          .toCompletableFuture()
                          .handle((approved, failed) -> failed)
                          .get(30, TimeUnit.SECONDS);
                  if (refusal != null) {
                    assertThat(refusal)
                        .isInstanceOfSatisfying(
                            MomoException.class, e -> assertThat(e.status()).isEqualTo(409));
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (java.util.concurrent.Future<?> racer : racers) {
      racer.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    value(time.advance(Duration.ofSeconds(10)));

    for (int i = 0; i < count; i++) {
      assertSettledOnce("r" + i, TransactionStatus.SUCCESSFUL);
      assertThat(balance("MSISDN:4673300" + i)).as("payer %d", i).isEqualByComparingTo("70");
    }
    assertThat(balance(PARTNER))
        .isEqualByComparingTo(Fixtures.PARTNER_OPENING.add(new BigDecimal(30 * count)));
  }

  private void start(List<Rule> rules, ApprovalMode mode) {
    store = Fixtures.store(rules, mode);
    time = Fixtures.time(store);
    store
        .changes()
        .subscribe(
            change -> {
              if (change instanceof Change.TransactionChanged changed) {
                announced.add(changed.transaction());
              }
            });
    Behaviours behaviours =
        new Behaviours(store.behaviour(), new RuleSet(rules, Map.of()), mode, store.changes());
    payments =
        new Payments(
            time,
            new HookedTransactions(store.transactions()),
            store.settlements(),
            behaviours,
            Fixtures.PAYMENTS,
            store.changes());
  }

  /**
   * Payments of a second simulator instance on the same store (as on a shared database): its
   * scheduler does not know what this instance's is running.
   */
  private Payments anotherInstance() {
    return new Payments(
        Fixtures.time(store),
        store.transactions(),
        store.settlements(),
        new Behaviours(
            store.behaviour(),
            new RuleSet(List.of(), Map.of()),
            ApprovalMode.AUTO,
            store.changes()),
        Fixtures.PAYMENTS,
        store.changes());
  }

  /** The transaction is final with this status, and that was announced exactly once. */
  private Transaction assertSettledOnce(String referenceId, TransactionStatus status) {
    Transaction stored = value(payments.find(referenceId)).orElseThrow();
    assertThat(stored.status()).as(referenceId).isEqualTo(status);
    assertThat(announced)
        .filteredOn(transaction -> transaction.referenceId().equals(referenceId))
        .filteredOn(Transaction::isFinal)
        .as("final announcements of %s", referenceId)
        .containsExactly(stored);
    return stored;
  }

  private TransactionStatus status(String referenceId) {
    return value(payments.list(new TransactionQuery(null, null, null, 10))).stream()
        .filter(transaction -> transaction.referenceId().equals(referenceId))
        .findFirst()
        .orElseThrow()
        .status();
  }

  private BigDecimal balance(String account) {
    return value(store.ledger().balance(account));
  }

  private static PaymentRequest rtp(String referenceId, String amount) {
    return request(referenceId, "46733123454", amount);
  }

  private static PaymentRequest request(String referenceId, String msisdn, String amount) {
    return Fixtures.requestToPay(referenceId, msisdn, amount);
  }

  /** The store, except that a test may run something just before the first compare-and-set. */
  private final class HookedTransactions implements TransactionStore {
    private final TransactionStore store;

    HookedTransactions(TransactionStore store) {
      this.store = store;
    }

    @Override
    public Future<Boolean> compareAndSet(Transaction expected, Transaction next) {
      Runnable hook = beforeFirstCompareAndSet.getAndSet(null);
      if (hook != null) {
        hook.run();
      }
      return store.compareAndSet(expected, next);
    }

    @Override
    public Future<Boolean> insertIfAbsent(Transaction transaction) {
      return store.insertIfAbsent(transaction);
    }

    @Override
    public Future<Optional<Transaction>> find(Product product, String referenceId) {
      return store.find(product, referenceId);
    }

    @Override
    public Future<List<Transaction>> list(TransactionQuery query) {
      return store.list(query);
    }

    @Override
    public Future<List<Transaction>> refundsOf(String referenceIdToRefund) {
      return store.refundsOf(referenceIdToRefund);
    }

    @Override
    public Future<List<Transaction>> unfinished() {
      return store.unfinished();
    }

    @Override
    public Future<Void> clear() {
      return store.clear();
    }
  }
}
