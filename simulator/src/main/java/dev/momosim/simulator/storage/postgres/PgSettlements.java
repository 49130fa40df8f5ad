package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.domain.Transaction;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;

/**
 * A settlement in one database transaction: the transaction row is locked and checked, the money
 * moves (or is refused for funds) and the final status is written together, or nothing is.
 * Thread-safe.
 */
final class PgSettlements implements SettlementStore {
  private final Pool pool;
  private final PgLedger ledger;

  PgSettlements(Pool pool, PgLedger ledger) {
    this.pool = pool;
    this.ledger = ledger;
  }

  @Override
  public Future<Transaction> moveAndFinish(
      Transaction claimed, Move move, Transaction ifMoved, Transaction ifRefused) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "SELECT doc = $3::text::jsonb FROM sim_transactions"
                        + " WHERE product = $1 AND reference_id = $2 FOR UPDATE")
                .execute(
                    Tuple.of(
                        claimed.product().name(), claimed.referenceId(), PgJson.write(claimed)))
                .compose(
                    rows -> {
                      boolean unchanged =
                          rows.iterator().hasNext() && rows.iterator().next().getBoolean(0);
                      if (!unchanged) {
                        return Future.failedFuture(changedWhileClaimed(claimed));
                      }
                      return finish(tx, claimed, move, ifMoved, ifRefused);
                    }));
  }

  @Override
  public Future<Optional<Transaction>> insertFinished(
      Transaction pending, Move move, Transaction ifMoved, Transaction ifRefused) {
    // The reference is taken first: a racer inserting the same one waits for this transaction
    // and then finds it taken, so it moves no money.
    return pool.withTransaction(
        tx ->
            PgTransactions.insertIfAbsent(tx, pending)
                .compose(
                    inserted ->
                        inserted
                            ? finish(tx, pending, move, ifMoved, ifRefused).map(Optional::of)
                            : Future.succeededFuture(Optional.empty())));
  }

  private Future<Transaction> finish(
      SqlClient tx, Transaction current, Move move, Transaction ifMoved, Transaction ifRefused) {
    Future<Boolean> moved =
        move == null
            ? Future.succeededFuture(true)
            : ledger.transfer(tx, move.from(), move.to(), move.amount());
    return moved.compose(
        done -> {
          Transaction next = done ? ifMoved : ifRefused;
          return PgTransactions.compareAndSet(tx, current, next)
              .compose(
                  written ->
                      written
                          ? Future.succeededFuture(next)
                          : Future.failedFuture(changedWhileClaimed(current)));
        });
  }

  private static IllegalStateException changedWhileClaimed(Transaction claimed) {
    return new IllegalStateException(
        "transaction " + claimed.referenceId() + " changed while claimed");
  }
}
