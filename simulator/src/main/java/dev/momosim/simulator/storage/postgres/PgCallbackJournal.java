package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.CallbackJournalStore;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The callback journal in {@code sim_callbacks}, shared by every instance: listed newest first in
 * the order of insertion, bounded by trimming the oldest now and then ({@link Trimming}). Ids keep
 * the in-memory shape {@code cb-N}; N comes from {@link JournalIds}, so it is unique across
 * instances and never given again, a cleared journal included. An update locks its row, so racing
 * updates of one delivery (its attempts) are applied one after the other and none is lost.
 * Thread-safe.
 */
final class PgCallbackJournal implements CallbackJournalStore {
  private static final String PREFIX = "cb-";

  /** Where the number of the last id of a restored image is kept for instances opened later. */
  private static final String FLOOR_SETTING = "callback-number";

  private final Pool pool;
  private final int capacity;
  private final JournalIds ids;
  private final Trimming trimming;

  PgCallbackJournal(Pool pool, int capacity, JournalIds ids) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "callback journal capacity must be at least 1, was " + capacity);
    }
    this.pool = pool;
    this.capacity = capacity;
    this.ids = ids;
    this.trimming = new Trimming(capacity);
  }

  /**
   * A journal whose ids carry a slot taken from the database, and follow the last id of a restored
   * image.
   */
  static Future<PgCallbackJournal> open(Pool pool, int capacity) {
    return JournalIds.claim(pool)
        .compose(
            ids ->
                pool.preparedQuery(
                        "SELECT (value #>> '{}')::bigint FROM sim_settings WHERE name = $1")
                    .execute(Tuple.of(FLOOR_SETTING))
                    .map(
                        rows -> {
                          PgRows.first(rows, row -> row.getLong(0)).ifPresent(ids::passed);
                          return new PgCallbackJournal(pool, capacity, ids);
                        }));
  }

  @Override
  public String newId() {
    return PREFIX + ids.next();
  }

  @Override
  public Future<Void> add(CallbackDelivery delivery) {
    Long number = numberOrNull(delivery.id());
    if (number != null) { // an id given by another instance or run of this store
      ids.passed(number);
    }
    return pool.preparedQuery(
            "INSERT INTO sim_callbacks (id, number, doc) VALUES ($1, $2, $3::text::jsonb)"
                + " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc")
        .execute(Tuple.of(delivery.id(), number, PgJson.write(delivery)))
        .compose(added -> trimming.due() ? trim() : Future.succeededFuture());
  }

  @Override
  public Future<Optional<CallbackDelivery>> update(
      String id, UnaryOperator<CallbackDelivery> change) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery("SELECT doc::text FROM sim_callbacks WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id))
                .compose(
                    rows -> {
                      Optional<CallbackDelivery> current =
                          PgRows.first(rows, PgCallbackJournal::delivery);
                      if (current.isEmpty()) {
                        return Future.succeededFuture(Optional.<CallbackDelivery>empty());
                      }
                      CallbackDelivery changed = change.apply(current.get());
                      return tx.preparedQuery(
                              "UPDATE sim_callbacks SET doc = $2::text::jsonb WHERE id = $1")
                          .execute(Tuple.of(id, PgJson.write(changed)))
                          .map(updated -> Optional.of(changed));
                    }));
  }

  @Override
  public Future<Optional<CallbackDelivery>> find(String id) {
    return pool.preparedQuery("SELECT doc::text FROM sim_callbacks WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> PgRows.first(rows, PgCallbackJournal::delivery));
  }

  @Override
  public Future<List<CallbackDelivery>> list(String after, int limit) {
    if (after == null) {
      return pool.preparedQuery("SELECT doc::text FROM sim_callbacks ORDER BY seq DESC LIMIT $1")
          .execute(Tuple.of(Math.max(0, limit)))
          .map(rows -> PgRows.map(rows, PgCallbackJournal::delivery));
    }
    long number;
    try {
      number = numberOf(after);
    } catch (MomoException e) {
      return Future.failedFuture(e);
    }
    // Older than the entry named; where it is not kept, older than its number says.
    return pool.preparedQuery(
            "WITH cursor AS (SELECT seq FROM sim_callbacks WHERE id = $1)"
                + " SELECT doc::text FROM sim_callbacks WHERE CASE WHEN EXISTS (SELECT 1 FROM cursor)"
                + " THEN seq < (SELECT seq FROM cursor) ELSE number < $2 END"
                + " ORDER BY seq DESC LIMIT $3")
        .execute(Tuple.of(after, number, Math.max(0, limit)))
        .map(rows -> PgRows.map(rows, PgCallbackJournal::delivery));
  }

  @Override
  public Future<Void> clear() {
    return pool.query("DELETE FROM sim_callbacks").execute().mapEmpty();
  }

  /** Every kept delivery, oldest first. */
  Future<List<CallbackDelivery>> all(SqlClient client) {
    return client
        .query("SELECT doc::text FROM sim_callbacks ORDER BY seq")
        .execute()
        .map(rows -> PgRows.map(rows, PgCallbackJournal::delivery));
  }

  Future<List<CallbackDelivery>> all() {
    return all(pool);
  }

  /** At least the number in the last id given, by this instance or any kept delivery's. */
  Future<Long> lastNumber(SqlClient client) {
    return client
        .preparedQuery(
            "SELECT greatest(coalesce(max(number), 0), coalesce((SELECT (value #>> '{}')::bigint"
                + " FROM sim_settings WHERE name = $1), 0)) FROM sim_callbacks")
        .execute(Tuple.of(FLOOR_SETTING))
        .map(rows -> Math.max(ids.last(), rows.iterator().next().getLong(0)));
  }

  Future<Long> lastNumber() {
    return lastNumber(pool);
  }

  /**
   * Replaces every delivery with the image's (oldest first), in the caller's transaction; ids given
   * later, by any instance opened later too, are greater than {@code lastNumber}.
   */
  Future<Void> restoreIn(SqlConnection tx, List<CallbackDelivery> image, long lastNumber) {
    List<Tuple> deliveries = new ArrayList<>();
    image.forEach(
        delivery ->
            deliveries.add(
                Tuple.of(delivery.id(), numberOrNull(delivery.id()), PgJson.write(delivery))));
    return tx.query("DELETE FROM sim_callbacks")
        .execute()
        .compose(
            deleted ->
                PgRows.batch(
                    tx,
                    "INSERT INTO sim_callbacks (id, number, doc) VALUES ($1, $2, $3::text::jsonb)"
                        + " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
                    deliveries))
        .compose(
            done ->
                tx.preparedQuery(
                        "INSERT INTO sim_settings (name, value) VALUES ($1, to_jsonb($2::bigint))"
                            + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                    .execute(Tuple.of(FLOOR_SETTING, lastNumber)))
        .map(
            done -> {
              ids.passed(lastNumber);
              image.forEach(
                  delivery ->
                      Optional.ofNullable(numberOrNull(delivery.id())).ifPresent(ids::passed));
              return null;
            });
  }

  private Future<Void> trim() {
    return pool.preparedQuery(
            "DELETE FROM sim_callbacks WHERE seq <= (SELECT seq FROM sim_callbacks"
                + " ORDER BY seq DESC OFFSET $1 LIMIT 1)")
        .execute(Tuple.of((long) capacity))
        .mapEmpty();
  }

  /** The number in an id this store gives ({@code cb-12}); ids increase as they are given. */
  private static long numberOf(String id) {
    Long number = numberOrNull(id);
    if (number == null) {
      throw MomoException.badRequest("after must be a callback id such as cb-12, was: " + id);
    }
    return number;
  }

  private static Long numberOrNull(String id) {
    if (id.startsWith(PREFIX)) {
      try {
        return Long.parseLong(id.substring(PREFIX.length()));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static CallbackDelivery delivery(Row row) {
    return PgJson.read(row.getString(0), CallbackDelivery.class);
  }
}
