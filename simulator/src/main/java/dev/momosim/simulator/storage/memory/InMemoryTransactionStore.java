package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionQuery;
import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Transactions in one concurrent map per product, with a retention cap: beyond {@code retainAtMost}
 * transactions the oldest FINISHED ones are forgotten (their status GET then answers 404), so a
 * long soak does not grow without bound. Unfinished transactions are never dropped. Thread-safe;
 * every Future is complete on return.
 */
public final class InMemoryTransactionStore implements TransactionStore {
  /**
   * Looks at most this many old entries per insert, so an insert stays cheap even when all are
   * pending.
   */
  private static final int EVICTION_PROBES = 4;

  private record Key(Product product, String referenceId) {}

  private final Map<Product, ConcurrentHashMap<String, Transaction>> byProduct =
      new EnumMap<>(Product.class);

  /**
   * The requests of the kept transactions, oldest first, for the retention cap. A request names its
   * product and reference id and is shared by every version of its transaction, so an entry costs
   * one array slot and no object of its own (issue 19: what a kept transaction retains is what each
   * young collection copies). Guarded by itself.
   */
  private final ArrayDeque<PaymentRequest> oldestFirst = new ArrayDeque<>();

  /** The reference ids of the refunds of each refunded request-to-pay. */
  private final ConcurrentHashMap<String, Set<Key>> refundsByRefunded = new ConcurrentHashMap<>();

  private final AtomicInteger size = new AtomicInteger();
  private final int retainAtMost;

  public InMemoryTransactionStore() {
    this(Integer.MAX_VALUE);
  }

  public InMemoryTransactionStore(int retainAtMost) {
    if (retainAtMost < 1) {
      throw new IllegalArgumentException(
          "retention must keep at least one transaction, was " + retainAtMost);
    }
    this.retainAtMost = retainAtMost;
    for (Product product : Product.values()) {
      byProduct.put(product, new ConcurrentHashMap<>());
    }
  }

  @Override
  public Future<Boolean> insertIfAbsent(Transaction transaction) {
    if (map(transaction).putIfAbsent(transaction.referenceId(), transaction) != null) {
      return Future.succeededFuture(false);
    }
    String refunded = transaction.request().refundOf();
    if (refunded != null) {
      refundsByRefunded
          .computeIfAbsent(refunded, id -> ConcurrentHashMap.newKeySet())
          .add(new Key(transaction.product(), transaction.referenceId()));
    }
    if (retainAtMost != Integer.MAX_VALUE) {
      enqueue(transaction.request());
      if (size.incrementAndGet() > retainAtMost) {
        evictOldestFinished();
      }
    }
    return Future.succeededFuture(true);
  }

  private void enqueue(PaymentRequest request) {
    synchronized (oldestFirst) {
      oldestFirst.addLast(request);
    }
  }

  private PaymentRequest dequeueOldest() {
    synchronized (oldestFirst) {
      return oldestFirst.pollFirst();
    }
  }

  private void evictOldestFinished() {
    for (int probe = 0; probe < EVICTION_PROBES && size.get() > retainAtMost; probe++) {
      PaymentRequest oldest = dequeueOldest();
      if (oldest == null) {
        return;
      }
      Transaction stored = byProduct.get(oldest.product()).get(oldest.referenceId());
      if (stored != null && stored.isFinal()) {
        byProduct.get(oldest.product()).remove(oldest.referenceId());
        forgetRefund(stored);
        size.decrementAndGet();
      } else if (stored != null) {
        enqueue(oldest); // still pending: keep it, look at the next oldest
      } else {
        size.decrementAndGet();
      }
    }
  }

  @Override
  public Future<Optional<Transaction>> find(Product product, String referenceId) {
    return Future.succeededFuture(Optional.ofNullable(byProduct.get(product).get(referenceId)));
  }

  @Override
  public Future<Boolean> compareAndSet(Transaction expected, Transaction next) {
    if (expected.product() != next.product()
        || !expected.referenceId().equals(next.referenceId())) {
      return Future.failedFuture(
          new IllegalArgumentException("a transaction cannot change its product or reference id"));
    }
    return Future.succeededFuture(map(next).replace(next.referenceId(), expected, next));
  }

  /** One pass over what is kept, holding at most a page: no copy or sort of everything. */
  @Override
  public Future<List<Transaction>> list(TransactionQuery query) {
    Predicate<Transaction> matcher = query.matcher();
    Firsts<Transaction> page = new Firsts<>(TransactionQuery.NEWEST_FIRST, query.limit());
    for (ConcurrentHashMap<String, Transaction> map : byProduct.values()) {
      for (Transaction transaction : map.values()) {
        if (matcher.test(transaction)) {
          page.offer(transaction);
        }
      }
    }
    return Future.succeededFuture(page.sorted());
  }

  private void forgetRefund(Transaction forgotten) {
    String refunded = forgotten.request().refundOf();
    if (refunded != null) {
      Key key = new Key(forgotten.product(), forgotten.referenceId());
      refundsByRefunded.computeIfPresent(
          refunded,
          (id, refunds) -> {
            refunds.remove(key);
            return refunds.isEmpty() ? null : refunds;
          });
    }
  }

  @Override
  public Future<List<Transaction>> refundsOf(String referenceIdToRefund) {
    List<Transaction> refunds = new ArrayList<>();
    for (Key key : refundsByRefunded.getOrDefault(referenceIdToRefund, Set.of())) {
      Transaction refund = byProduct.get(key.product()).get(key.referenceId());
      if (refund != null) {
        refunds.add(refund);
      }
    }
    return Future.succeededFuture(refunds);
  }

  @Override
  public Future<List<Transaction>> unfinished() {
    List<Transaction> unfinished = new ArrayList<>();
    byProduct
        .values()
        .forEach(map -> map.values().stream().filter(t -> !t.isFinal()).forEach(unfinished::add));
    return Future.succeededFuture(unfinished);
  }

  /** Every kept transaction, oldest first. */
  List<Transaction> all() {
    List<Transaction> all = new ArrayList<>();
    byProduct.values().forEach(map -> all.addAll(map.values()));
    all.sort(TransactionQuery.NEWEST_FIRST.reversed());
    return all;
  }

  void restore(List<Transaction> image) {
    clear();
    image.forEach(this::insertIfAbsent);
  }

  /** How many transactions are kept now. */
  public int size() {
    return byProduct.values().stream().mapToInt(Map::size).sum();
  }

  @Override
  public Future<Optional<Long>> count() {
    return Future.succeededFuture(Optional.of((long) size()));
  }

  @Override
  public Future<Void> clear() {
    byProduct.values().forEach(Map::clear);
    synchronized (oldestFirst) {
      oldestFirst.clear();
    }
    refundsByRefunded.clear();
    size.set(0);
    return Future.succeededFuture();
  }

  private ConcurrentHashMap<String, Transaction> map(Transaction transaction) {
    return byProduct.get(transaction.request().product());
  }
}
