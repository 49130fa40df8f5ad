package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionQuery;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transactions in {@code sim_transactions}. The primary key (product, reference id) makes a
 * reference id taken once whichever instance inserts it; a compare-and-set compares the whole
 * stored document, so exactly one of any number of racing writers wins. Thread-safe.
 */
final class PgTransactions implements TransactionStore {
  static final String COLUMNS =
      "product, reference_id, created_at, product_order, status, party_id, refund_of, final, doc";
  private static final String INSERT =
      "INSERT INTO sim_transactions ("
          + COLUMNS
          + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb) ON CONFLICT DO NOTHING";
  private static final String FIND =
      "SELECT doc::text FROM sim_transactions WHERE product = $1 AND reference_id = $2";
  static final String COMPARE_AND_SET =
      "UPDATE sim_transactions SET status = $3, final = $4, doc = $5::text::jsonb"
          + " WHERE product = $1 AND reference_id = $2 AND doc = $6::text::jsonb";
  private static final String LIST =
      "SELECT doc::text FROM sim_transactions"
          + " WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR product = $2)"
          + " AND ($3::text IS NULL OR party_id = $3)"
          + " AND ($4::timestamptz IS NULL OR created_at < $4 OR (created_at = $4"
          + " AND (product_order > $5 OR (product_order = $5 AND reference_id < $6))))"
          + " ORDER BY created_at DESC, product_order, reference_id DESC LIMIT $7";

  private final Pool pool;

  PgTransactions(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Boolean> insertIfAbsent(Transaction transaction) {
    return insertIfAbsent(pool, transaction);
  }

  static Future<Boolean> insertIfAbsent(SqlClient client, Transaction transaction) {
    return client
        .preparedQuery(INSERT)
        .execute(row(transaction))
        .map(inserted -> inserted.rowCount() == 1);
  }

  static Tuple row(Transaction transaction) {
    return Tuple.of(
            transaction.product().name(),
            transaction.referenceId(),
            OffsetDateTime.ofInstant(transaction.createdAt(), ZoneOffset.UTC),
            (short) transaction.product().ordinal(),
            transaction.status().name(),
            transaction.request().party() == null ? null : transaction.request().party().id(),
            transaction.request().refundOf())
        .addValue(transaction.isFinal())
        .addValue(PgJson.write(transaction));
  }

  @Override
  public Future<Optional<Transaction>> find(Product product, String referenceId) {
    return find(pool, product, referenceId);
  }

  static Future<Optional<Transaction>> find(SqlClient client, Product product, String referenceId) {
    return client
        .preparedQuery(FIND)
        .execute(Tuple.of(product.name(), referenceId))
        .map(rows -> first(rows).map(PgTransactions::read));
  }

  @Override
  public Future<Boolean> compareAndSet(Transaction expected, Transaction next) {
    if (expected.product() != next.product()
        || !expected.referenceId().equals(next.referenceId())) {
      return Future.failedFuture(
          new IllegalArgumentException("a transaction cannot change its product or reference id"));
    }
    return compareAndSet(pool, expected, next);
  }

  static Future<Boolean> compareAndSet(SqlClient client, Transaction expected, Transaction next) {
    return client
        .preparedQuery(COMPARE_AND_SET)
        .execute(
            Tuple.of(
                next.product().name(),
                next.referenceId(),
                next.status().name(),
                next.isFinal(),
                PgJson.write(next),
                PgJson.write(expected)))
        .map(updated -> updated.rowCount() == 1);
  }

  @Override
  public Future<List<Transaction>> list(TransactionQuery query) {
    Optional<TransactionQuery.Position> after = query.afterPosition();
    Tuple arguments =
        Tuple.of(
                query.status() == null ? null : query.status().name(),
                query.product() == null ? null : query.product().name(),
                query.partyId(),
                after
                    .map(at -> OffsetDateTime.ofInstant(at.createdAt(), ZoneOffset.UTC))
                    .orElse(null),
                after.map(at -> (short) at.product().ordinal()).orElse((short) 0),
                after.map(TransactionQuery.Position::referenceId).orElse(""))
            .addValue(query.limit());
    return pool.preparedQuery(LIST).execute(arguments).map(PgTransactions::readAll);
  }

  @Override
  public Future<List<Transaction>> refundsOf(String referenceIdToRefund) {
    return pool.preparedQuery("SELECT doc::text FROM sim_transactions WHERE refund_of = $1")
        .execute(Tuple.of(referenceIdToRefund))
        .map(PgTransactions::readAll);
  }

  @Override
  public Future<List<Transaction>> unfinished() {
    return pool.query("SELECT doc::text FROM sim_transactions WHERE NOT final")
        .execute()
        .map(PgTransactions::readAll);
  }

  @Override
  public Future<Void> clear() {
    return pool.query("DELETE FROM sim_transactions").execute().mapEmpty();
  }

  /** Every transaction, oldest first (for a state image). */
  static Future<List<Transaction>> all(SqlClient client) {
    return client
        .query(
            "SELECT doc::text FROM sim_transactions"
                + " ORDER BY created_at, product_order DESC, reference_id")
        .execute()
        .map(PgTransactions::readAll);
  }

  /** Replaces every transaction with {@code image}'s, inside the caller's transaction. */
  static Future<Void> restoreIn(SqlClient tx, List<Transaction> image) {
    Future<?> deleted = tx.query("DELETE FROM sim_transactions").execute();
    if (image.isEmpty()) {
      return deleted.mapEmpty();
    }
    List<Tuple> rows = new ArrayList<>(image.size());
    image.forEach(transaction -> rows.add(row(transaction)));
    return deleted.compose(done -> tx.preparedQuery(INSERT).executeBatch(rows)).mapEmpty();
  }

  private static Optional<Row> first(RowSet<Row> rows) {
    var iterator = rows.iterator();
    return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
  }

  private static Transaction read(Row row) {
    return PgJson.read(row.getString(0), Transaction.class);
  }

  private static List<Transaction> readAll(RowSet<Row> rows) {
    List<Transaction> all = new ArrayList<>(rows.rowCount());
    rows.forEach(row -> all.add(read(row)));
    return all;
  }
}
