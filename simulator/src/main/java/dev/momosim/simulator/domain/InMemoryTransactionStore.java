package dev.momosim.simulator.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Transactions in one concurrent map per product. */
public final class InMemoryTransactionStore implements TransactionStore {
  private final Map<Product, ConcurrentHashMap<String, Transaction>> byProduct = new EnumMap<>(Product.class);

  public InMemoryTransactionStore() {
    for (Product product : Product.values()) {
      byProduct.put(product, new ConcurrentHashMap<>());
    }
  }

  @Override
  public boolean insert(Transaction transaction) {
    return map(transaction).putIfAbsent(transaction.referenceId(), transaction) == null;
  }

  @Override
  public Optional<Transaction> find(Product product, String referenceId) {
    return Optional.ofNullable(byProduct.get(product).get(referenceId));
  }

  @Override
  public void update(Transaction transaction) {
    map(transaction).put(transaction.referenceId(), transaction);
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
  }

  private ConcurrentHashMap<String, Transaction> map(Transaction transaction) {
    return byProduct.get(transaction.request().product());
  }
}
