package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.Transaction;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.Optional;

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

  /**
   * Keeps a new payment that ends as it arrives: unless its product already has its reference id,
   * moves the money if the source holds enough and keeps {@code ifMoved}, else keeps {@code
   * ifRefused}; with no {@code move} (null), keeps {@code ifMoved}; atomic, so the payment is never
   * seen unfinished and its money never moves without it.
   *
   * @return the transaction kept; empty, keeping and moving nothing, when the reference id is taken
   */
  Future<Optional<Transaction>> insertFinished(
      Transaction pending, Move move, Transaction ifMoved, Transaction ifRefused);
}
