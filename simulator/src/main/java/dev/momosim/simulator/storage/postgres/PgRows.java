package dev.momosim.simulator.storage.postgres;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading the rows a statement answered. */
final class PgRows {
  private PgRows() {}

  /** The first row, mapped; empty when there is none. */
  static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> read) {
    for (Row row : rows) {
      return Optional.of(read.apply(row));
    }
    return Optional.empty();
  }

  /** The first row; empty when there is none. */
  static Optional<Row> first(RowSet<Row> rows) {
    return first(rows, Function.identity());
  }

  /** Every row, mapped, in the order answered. */
  static <T> List<T> map(RowSet<Row> rows, Function<Row, T> read) {
    List<T> mapped = new ArrayList<>(rows.size());
    rows.forEach(row -> mapped.add(read.apply(row)));
    return mapped;
  }

  /**
   * Runs a prepared statement once per tuple, in order, in one batch; nothing when there are none.
   */
  static Future<Void> batch(SqlClient client, String sql, List<Tuple> tuples) {
    if (tuples.isEmpty()) {
      return Future.succeededFuture();
    }
    return client.preparedQuery(sql).executeBatch(tuples).mapEmpty();
  }
}
