package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ForgottenWallets;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Balances in {@code sim_accounts}. An account without a row holds its opening balance; a move
 * writes rows for both accounts, locks them in key order (so two moves never deadlock) and debits
 * only what is there, inside one database transaction, so money is conserved and never overdrawn
 * whichever instances move it at once. The table's check refuses a negative balance besides.
 * Wallets are never forgotten here (the database holds them all). Thread-safe.
 */
final class PgLedger implements LedgerStore {
  private static final String OPEN =
      "INSERT INTO sim_accounts (account, opening, balance) VALUES ($1, $2, $2)"
          + " ON CONFLICT DO NOTHING";
  private static final String LOCK =
      "SELECT account, balance FROM sim_accounts WHERE account = ANY($1)"
          + " ORDER BY account FOR UPDATE";
  private static final String ADD =
      "UPDATE sim_accounts SET balance = balance + $2 WHERE account = $1";

  private final Pool pool;
  private final Function<String, BigDecimal> openingBalanceOf;

  PgLedger(Pool pool, Function<String, BigDecimal> openingBalanceOf) {
    this.pool = pool;
    this.openingBalanceOf = openingBalanceOf;
  }

  @Override
  public Future<BigDecimal> balance(String account) {
    return pool.preparedQuery("SELECT balance FROM sim_accounts WHERE account = $1")
        .execute(Tuple.of(account))
        .map(
            rows ->
                rows.iterator().hasNext()
                    ? rows.iterator().next().getBigDecimal(0)
                    : openingBalanceOf.apply(account));
  }

  @Override
  public Future<Boolean> transfer(String from, String to, BigDecimal amount) {
    return pool.withTransaction(tx -> transfer(tx, from, to, amount));
  }

  /** Moves {@code amount} if {@code from} holds it, inside the caller's database transaction. */
  Future<Boolean> transfer(SqlClient tx, String from, String to, BigDecimal amount) {
    List<Tuple> openings =
        from.equals(to)
            ? List.of(Tuple.of(from, openingBalanceOf.apply(from)))
            : List.of(
                Tuple.of(from, openingBalanceOf.apply(from)),
                Tuple.of(to, openingBalanceOf.apply(to)));
    return tx.preparedQuery(OPEN)
        .executeBatch(openings)
        .compose(opened -> tx.preparedQuery(LOCK).execute(Tuple.of(new String[] {from, to})))
        .compose(
            locked -> {
              Map<String, BigDecimal> balances = new HashMap<>();
              locked.forEach(row -> balances.put(row.getString(0), row.getBigDecimal(1)));
              if (balances.get(from).compareTo(amount) < 0) {
                return Future.succeededFuture(false);
              }
              if (from.equals(to)) {
                return Future.succeededFuture(true);
              }
              return tx.preparedQuery(ADD)
                  .executeBatch(List.of(Tuple.of(from, amount.negate()), Tuple.of(to, amount)))
                  .map(true);
            });
  }

  @Override
  public Future<AccountBalance> setBalance(String account, BigDecimal balance) {
    // The opening moves by the same difference, so the books still balance.
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(OPEN)
                .execute(Tuple.of(account, openingBalanceOf.apply(account)))
                .compose(
                    opened ->
                        tx.preparedQuery(
                                "UPDATE sim_accounts SET opening = opening + ($2 - balance),"
                                    + " balance = $2 WHERE account = $1"
                                    + " RETURNING account, opening, balance")
                            .execute(Tuple.of(account, balance)))
                .map(rows -> read(rows.iterator().next())));
  }

  @Override
  public Future<List<AccountBalance>> accounts(String after, int limit) {
    return pool.preparedQuery(
            "SELECT account, opening, balance FROM sim_accounts"
                + " WHERE $1::text IS NULL OR account > $1 ORDER BY account LIMIT $2")
        .execute(Tuple.of(after, limit))
        .map(PgLedger::readAll);
  }

  @Override
  public Future<ForgottenWallets> forgotten() {
    return Future.succeededFuture(ForgottenWallets.NONE);
  }

  @Override
  public Future<Void> clear() {
    return pool.query("DELETE FROM sim_accounts").execute().mapEmpty();
  }

  static Future<List<AccountBalance>> all(SqlClient client) {
    return client
        .query("SELECT account, opening, balance FROM sim_accounts ORDER BY account")
        .execute()
        .map(PgLedger::readAll);
  }

  static Future<Void> restoreIn(SqlClient tx, List<AccountBalance> image) {
    Future<?> deleted = tx.query("DELETE FROM sim_accounts").execute();
    if (image.isEmpty()) {
      return deleted.mapEmpty();
    }
    List<Tuple> rows = new ArrayList<>();
    image.forEach(kept -> rows.add(Tuple.of(kept.account(), kept.opening(), kept.balance())));
    return deleted
        .compose(
            done ->
                tx.preparedQuery(
                        "INSERT INTO sim_accounts (account, opening, balance) VALUES ($1, $2, $3)")
                    .executeBatch(rows))
        .mapEmpty();
  }

  private static AccountBalance read(Row row) {
    return new AccountBalance(row.getString(0), row.getBigDecimal(1), row.getBigDecimal(2));
  }

  private static List<AccountBalance> readAll(io.vertx.sqlclient.RowSet<Row> rows) {
    List<AccountBalance> all = new ArrayList<>();
    rows.forEach(row -> all.add(read(row)));
    return all;
  }
}
