package dev.momosim.simulator.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Transactions in one concurrent map per product, with a retention cap: beyond {@code retainAtMost}
 * transactions the oldest FINISHED ones are forgotten (their status GET then answers 404), so a
 * long soak does not grow without bound. Pending transactions are never dropped.
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
  private final ConcurrentLinkedQueue<Key> oldestFirst = new ConcurrentLinkedQueue<>();
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
  public boolean insert(Transaction transaction) {
    if (map(transaction).putIfAbsent(transaction.referenceId(), transaction) != null) {
      return false;
    }
    if (retainAtMost != Integer.MAX_VALUE) {
      oldestFirst.add(new Key(transaction.product(), transaction.referenceId()));
      if (size.incrementAndGet() > retainAtMost) {
        evictOldestFinished();
      }
    }
    return true;
  }

  private void evictOldestFinished() {
    for (int probe = 0; probe < EVICTION_PROBES && size.get() > retainAtMost; probe++) {
      Key oldest = oldestFirst.poll();
      if (oldest == null) {
        return;
      }
      Transaction stored = byProduct.get(oldest.product()).get(oldest.referenceId());
      if (stored != null && stored.isFinal()) {
        byProduct.get(oldest.product()).remove(oldest.referenceId());
        size.decrementAndGet();
      } else if (stored != null) {
        oldestFirst.add(oldest); // still pending: keep it, look at the next oldest
      } else {
        size.decrementAndGet();
      }
    }
  }

  @Override
  public Optional<Transaction> find(Product product, String referenceId) {
    return Optional.ofNullable(byProduct.get(product).get(referenceId));
  }

  @Override
  public void update(Transaction transaction) {
    map(transaction).replace(transaction.referenceId(), transaction);
  }

  @Override
  public List<Transaction> list(Predicate<Transaction> filter, int limit) {
    List<Transaction> matching = new ArrayList<>();
    byProduct.values().forEach(map -> map.values().stream().filter(filter).forEach(matching::add));
    matching.sort(Comparator.comparing(Transaction::createdAt).reversed());
    return matching.size() > limit ? List.copyOf(matching.subList(0, limit)) : matching;
  }

  @Override
  public int size() {
    return byProduct.values().stream().mapToInt(Map::size).sum();
  }

  @Override
  public void clear() {
    byProduct.values().forEach(Map::clear);
    oldestFirst.clear();
    size.set(0);
  }

  private ConcurrentHashMap<String, Transaction> map(Transaction transaction) {
    return byProduct.get(transaction.request().product());
  }
}
