package dev.momosim.simulator.storage.memory;

import static dev.momosim.simulator.storage.memory.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionQuery;
import dev.momosim.simulator.domain.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryTransactionStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void referenceIdsAreUniquePerProduct() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    assertThat(value(store.insertIfAbsent(pending("a", Product.COLLECTION)))).isTrue();
    assertThat(value(store.insertIfAbsent(pending("a", Product.COLLECTION)))).isFalse();
    assertThat(value(store.insertIfAbsent(pending("a", Product.DISBURSEMENT)))).isTrue();
  }

  @Test
  void aRefusedInsertKeepsTheTransactionAlreadyThere() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    Transaction first = pending("a", Product.COLLECTION);
    value(store.insertIfAbsent(first));

    value(store.insertIfAbsent(finished("a")));

    assertThat(value(store.find(Product.COLLECTION, "a"))).contains(first);
  }

  @Test
  void compareAndSetChangesTheTransactionOnce() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    Transaction pending = pending("a", Product.COLLECTION);
    value(store.insertIfAbsent(pending));
    Transaction succeeded = pending.succeeded("111", T0);
    Transaction failed = pending.failed("EXPIRED", T0);

    assertThat(value(store.compareAndSet(pending, succeeded))).isTrue();
    assertThat(value(store.compareAndSet(pending, failed))).isFalse();

    assertThat(value(store.find(Product.COLLECTION, "a"))).contains(succeeded);
  }

  @Test
  void compareAndSetRefusesAStaleExpectedTransaction() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    Transaction read = pending("a", Product.COLLECTION);
    value(store.insertIfAbsent(read));
    Transaction changedMeanwhile = read.succeeded("111", T0);
    value(store.compareAndSet(read, changedMeanwhile));

    assertThat(value(store.compareAndSet(read, read.failed("EXPIRED", T0)))).isFalse();
    assertThat(value(store.find(Product.COLLECTION, "a"))).contains(changedMeanwhile);
  }

  @Test
  void compareAndSetComparesTheExpectedTransactionByValue() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    value(store.insertIfAbsent(pending("a", Product.COLLECTION)));
    Transaction equalCopy = pending("a", Product.COLLECTION);

    assertThat(value(store.compareAndSet(equalCopy, equalCopy.succeeded("111", T0)))).isTrue();
  }

  @Test
  void compareAndSetRefusesATransactionItDoesNotHold() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    Transaction unknown = pending("a", Product.COLLECTION);

    assertThat(value(store.compareAndSet(unknown, unknown.succeeded("111", T0)))).isFalse();
    assertThat(value(store.find(Product.COLLECTION, "a"))).isEmpty();
  }

  @Test
  void compareAndSetLeavesTheSameReferenceIdOfAnotherProductAlone() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    Transaction collection = pending("a", Product.COLLECTION);
    Transaction disbursement = pending("a", Product.DISBURSEMENT);
    value(store.insertIfAbsent(collection));
    value(store.insertIfAbsent(disbursement));

    assertThat(value(store.compareAndSet(collection, collection.succeeded("111", T0)))).isTrue();

    assertThat(value(store.find(Product.DISBURSEMENT, "a"))).contains(disbursement);
  }

  @Test
  void compareAndSetFailsWhenAskedToChangeTheProductOrReferenceId() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    Transaction collection = pending("a", Product.COLLECTION);
    value(store.insertIfAbsent(collection));

    assertThat(store.compareAndSet(collection, pending("a", Product.DISBURSEMENT)).cause())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.compareAndSet(collection, pending("b", Product.COLLECTION)).cause())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(value(store.find(Product.COLLECTION, "a"))).contains(collection);
  }

  @Test
  void exactlyOneOfManyRacingSettlersChangesTheStatus() throws Exception {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int round = 0; round < 200; round++) {
      Transaction pending = pending("r" + round, Product.COLLECTION);
      value(store.insertIfAbsent(pending));
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> racers = new ArrayList<>();
      for (int racer = 0; racer < 8; racer++) {
        Transaction next = pending.succeeded("id-" + racer, T0);
        racers.add(
            pool.submit(
                () -> {
                  start.await();
                  return value(store.compareAndSet(pending, next));
                }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> racer : racers) {
        won += racer.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(won).as("round %d", round).isEqualTo(1);
    }
    pool.shutdown();
  }

  @Test
  void beyondTheRetentionCapTheOldestFinishedTransactionsAreForgotten() {
    InMemoryTransactionStore store = new InMemoryTransactionStore(3);
    for (int i = 0; i < 5; i++) {
      value(store.insertIfAbsent(finished("t" + i)));
    }
    assertThat(store.size()).isEqualTo(3);
    assertThat(value(store.find(Product.COLLECTION, "t0"))).isEmpty();
    assertThat(value(store.find(Product.COLLECTION, "t1"))).isEmpty();
    assertThat(value(store.find(Product.COLLECTION, "t4"))).isPresent();
  }

  @Test
  void pendingTransactionsAreNeverForgotten() {
    InMemoryTransactionStore store = new InMemoryTransactionStore(2);
    value(store.insertIfAbsent(pending("waiting", Product.COLLECTION)));
    for (int i = 0; i < 10; i++) {
      value(store.insertIfAbsent(finished("t" + i)));
    }
    assertThat(value(store.find(Product.COLLECTION, "waiting"))).isPresent();
    assertThat(store.size()).isLessThanOrEqualTo(3);
  }

  @Test
  void aLongRunStaysWithinTheCap() {
    InMemoryTransactionStore store = new InMemoryTransactionStore(1000);
    for (int i = 0; i < 50_000; i++) {
      value(store.insertIfAbsent(finished("t" + i)));
    }
    assertThat(store.size()).isEqualTo(1000);
  }

  @Test
  void listsMatchingTransactionsNewestFirstUpToTheLimit() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    value(store.insertIfAbsent(pending("old", Product.COLLECTION, T0)));
    value(store.insertIfAbsent(pending("new", Product.COLLECTION, T0.plusSeconds(2))));
    value(store.insertIfAbsent(pending("middle", Product.DISBURSEMENT, T0.plusSeconds(1))));
    value(store.insertIfAbsent(finished("done")));

    assertThat(value(store.list(new TransactionQuery(TransactionStatus.PENDING, null, null, 10))))
        .extracting(Transaction::referenceId)
        .containsExactly("new", "middle", "old");
    assertThat(value(store.list(new TransactionQuery(null, Product.DISBURSEMENT, null, 10))))
        .extracting(Transaction::referenceId)
        .containsExactly("middle");
    assertThat(value(store.list(new TransactionQuery(TransactionStatus.PENDING, null, null, 2))))
        .extracting(Transaction::referenceId)
        .containsExactly("new", "middle");
  }

  @Test
  void listsTheUnfinishedTransactionsAndForgetsAllWhenCleared() {
    InMemoryTransactionStore store = new InMemoryTransactionStore(5);
    value(store.insertIfAbsent(pending("waiting", Product.REMITTANCE)));
    value(store.insertIfAbsent(finished("done")));

    assertThat(value(store.unfinished()))
        .extracting(Transaction::referenceId)
        .containsExactly("waiting");

    value(store.clear());
    assertThat(store.size()).isZero();
    assertThat(value(store.unfinished())).isEmpty();
    assertThat(value(store.insertIfAbsent(pending("waiting", Product.REMITTANCE)))).isTrue();
  }

  private static Transaction pending(String ref, Product product) {
    return pending(ref, product, T0);
  }

  private static Transaction pending(String ref, Product product, Instant createdAt) {
    PaymentRequest request =
        new PaymentRequest(
            product,
            Operation.TRANSFER,
            ref,
            "user",
            BigDecimal.ONE,
            "EUR",
            null,
            new Party("MSISDN", "1"),
            null,
            null,
            null);
    return new Transaction(
        request,
        createdAt,
        TransactionStatus.PENDING,
        null,
        null,
        null,
        null,
        null,
        "test",
        CallbackFault.NONE);
  }

  private static Transaction finished(String ref) {
    return pending(ref, Product.COLLECTION).succeeded("123456789", T0);
  }
}
