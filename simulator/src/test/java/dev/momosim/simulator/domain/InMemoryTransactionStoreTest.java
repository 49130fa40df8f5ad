package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTransactionStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void referenceIdsAreUniquePerProduct() {
    InMemoryTransactionStore store = new InMemoryTransactionStore();
    assertThat(store.insert(pending("a", Product.COLLECTION))).isTrue();
    assertThat(store.insert(pending("a", Product.COLLECTION))).isFalse();
    assertThat(store.insert(pending("a", Product.DISBURSEMENT))).isTrue();
  }

  @Test
  void beyondTheRetentionCapTheOldestFinishedTransactionsAreForgotten() {
    InMemoryTransactionStore store = new InMemoryTransactionStore(3);
    for (int i = 0; i < 5; i++) {
      store.insert(finished("t" + i));
    }
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.find(Product.COLLECTION, "t0")).isEmpty();
    assertThat(store.find(Product.COLLECTION, "t1")).isEmpty();
    assertThat(store.find(Product.COLLECTION, "t4")).isPresent();
  }

  @Test
  void pendingTransactionsAreNeverForgotten() {
    InMemoryTransactionStore store = new InMemoryTransactionStore(2);
    store.insert(pending("waiting", Product.COLLECTION));
    for (int i = 0; i < 10; i++) {
      store.insert(finished("t" + i));
    }
    assertThat(store.find(Product.COLLECTION, "waiting")).isPresent();
    assertThat(store.size()).isLessThanOrEqualTo(3);
  }

  @Test
  void aLongRunStaysWithinTheCap() {
    InMemoryTransactionStore store = new InMemoryTransactionStore(1000);
    for (int i = 0; i < 50_000; i++) {
      store.insert(finished("t" + i));
    }
    assertThat(store.size()).isEqualTo(1000);
  }

  private static Transaction pending(String ref, Product product) {
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
        T0,
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
