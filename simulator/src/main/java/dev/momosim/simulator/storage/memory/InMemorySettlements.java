package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.domain.Transaction;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * Settlement over the in-memory stores: a claimed transaction changes only through its claimer, so
 * the move and the final status cannot interleave with another change of it; both happen before
 * this returns.
 */
final class InMemorySettlements implements SettlementStore {
  private final TransactionStore transactions;
  private final LedgerStore ledger;
  private final Lock settling;

  /**
   * @param settling held while settling, so that an image (holding its exclusive side) sees each
   *     settlement whole
   */
  InMemorySettlements(TransactionStore transactions, LedgerStore ledger, Lock settling) {
    this.transactions = transactions;
    this.ledger = ledger;
    this.settling = settling;
  }

  @Override
  public Future<Transaction> moveAndFinish(
      Transaction claimed, Move move, Transaction ifMoved, Transaction ifRefused) {
    settling.lock();
    try { // every store here completes before returning: the lock covers the whole step
      return settle(claimed, move, ifMoved, ifRefused);
    } finally {
      settling.unlock();
    }
  }

  @Override
  public Future<Optional<Transaction>> insertFinished(
      Transaction pending, Move move, Transaction ifMoved, Transaction ifRefused) {
    settling.lock();
    try { // the reference is taken first, so a payment racing for it moves no money
      if (!transactions.insertIfAbsent(pending).result()) {
        return Future.succeededFuture(Optional.empty());
      }
      boolean moved =
          move != null && ledger.transfer(move.from(), move.to(), move.amount()).result();
      Transaction finished = move == null || moved ? ifMoved : ifRefused;
      transactions.compareAndSet(pending, finished);
      return Future.succeededFuture(Optional.of(finished));
    } finally {
      settling.unlock();
    }
  }

  private Future<Transaction> settle(
      Transaction claimed, Move move, Transaction ifMoved, Transaction ifRefused) {
    return transactions
        .find(claimed.product(), claimed.referenceId())
        .compose(
            stored -> {
              if (!stored.filter(claimed::equals).isPresent()) {
                return Future.failedFuture(changedWhileClaimed(claimed));
              }
              return ledger.transfer(move.from(), move.to(), move.amount());
            })
        .compose(
            moved -> {
              Transaction next = moved ? ifMoved : ifRefused;
              return transactions
                  .compareAndSet(claimed, next)
                  .compose(
                      written ->
                          written
                              ? Future.succeededFuture(next)
                              : Future.failedFuture(changedWhileClaimed(claimed)));
            });
  }

  static IllegalStateException changedWhileClaimed(Transaction claimed) {
    return new IllegalStateException(
        "transaction " + claimed.referenceId() + " changed while claimed");
  }
}
