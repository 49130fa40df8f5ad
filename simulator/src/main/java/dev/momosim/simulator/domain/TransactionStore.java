package dev.momosim.simulator.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where transactions live. Reference ids are unique per product. Implementations are thread-safe.
 */
public interface TransactionStore {
  /**
   * @return false, storing nothing, when the product already has this reference id
   */
  boolean insert(Transaction transaction);

  Optional<Transaction> find(Product product, String referenceId);

  /** Replaces the stored record of the same product and reference id. */
  void update(Transaction transaction);

  /** Matching transactions, newest first, at most {@code limit}. */
  List<Transaction> list(Predicate<Transaction> filter, int limit);

  int size();

  void clear();
}
