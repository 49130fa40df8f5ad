package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionQuery;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * Payments (request-to-pay, transfers). Reference ids are unique per product. A store may forget
 * the oldest finished transactions beyond a retention cap; it never forgets an unfinished one.
 */
public interface TransactionStore {
  /**
   * Keeps a new transaction unless its product already has its reference id; atomic.
   *
   * @return false, keeping nothing, when the reference id is taken
   */
  Future<Boolean> insertIfAbsent(Transaction transaction);

  Future<Optional<Transaction>> find(Product product, String referenceId);

  /**
   * Replaces {@code expected} with {@code next} (same product and reference id) only if the stored
   * transaction still equals {@code expected}; atomic. This is how a status changes exactly once.
   *
   * @return false, changing nothing, when it changed in between or was forgotten
   */
  Future<Boolean> compareAndSet(Transaction expected, Transaction next);

  /**
   * At most {@code query.limit()} matching transactions in {@link TransactionQuery#NEWEST_FIRST}
   * order, after the query's cursor if it has one. Holds no more than a page in memory.
   */
  Future<List<Transaction>> list(TransactionQuery query);

  /**
   * Every kept refund whose {@code referenceIdToRefund} is this request-to-pay's reference id, in
   * any status (to hold refunds to the amount paid).
   */
  Future<List<Transaction>> refundsOf(String referenceIdToRefund);

  /** Every transaction not yet final, for rescheduling their outcomes after a restart. */
  Future<List<Transaction>> unfinished();

  Future<Void> clear();

  /** How many transactions are kept, where the store can say without a scan; else empty. */
  default Future<Optional<Long>> count() {
    return Future.succeededFuture(Optional.empty());
  }
}
