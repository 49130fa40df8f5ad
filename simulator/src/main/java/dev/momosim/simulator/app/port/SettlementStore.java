package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.Transaction;
import io.vertx.core.Future;
import java.math.BigDecimal;

/**
 * Ends a claimed payment whose money moves: the move and the final status land as one atomic step,
 * so a crash never leaves money moved for a payment still pending, or a payment successful whose
 * money never moved.
 */
public interface SettlementStore {
  /** Money to move from one ledger account to another. */
  record Move(String from, String to, BigDecimal amount) {}

  /**
   * Moves the money if {@code move.from} holds enough and writes {@code ifMoved} in place of {@code
   * claimed}, else moves nothing and writes {@code ifRefused}; atomic.
   *
   * @return the transaction written; fails when the stored transaction is no longer {@code claimed}
   *     (only its claimer may change a claimed transaction), moving nothing
   */
  Future<Transaction> moveAndFinish(
      Transaction claimed, Move move, Transaction ifMoved, Transaction ifRefused);
}
