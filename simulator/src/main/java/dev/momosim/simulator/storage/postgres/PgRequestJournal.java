package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.RequestJournalStore;
import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The request journal in {@code sim_requests}, shared by every instance: newest first by id (ids
 * are time-ordered across instances, {@link JournalIds}, so paging by an entry's id, as the control
 * API does, neither skips nor repeats entries), bounded by trimming the oldest now and then ({@link
 * Trimming}); a listing never reads beyond the newest {@code capacity}. The filter is applied here,
 * over pages read newest first. Thread-safe.
 */
final class PgRequestJournal implements RequestJournalStore {
  /** Rows read per page of a listing. */
  static final int PAGE = 200;

  private final Pool pool;
  private final int capacity;
  private final JournalIds ids;
  private final Trimming trimming;

  PgRequestJournal(Pool pool, int capacity, JournalIds ids) {
    this.pool = pool;
    this.capacity = Math.max(1, capacity);
    this.ids = ids;
    this.trimming = new Trimming(this.capacity);
  }

  /** A journal whose ids carry a slot taken from the database. */
  static Future<PgRequestJournal> open(Pool pool, int capacity) {
    return JournalIds.claim(pool).map(ids -> new PgRequestJournal(pool, capacity, ids));
  }

  @Override
  public long newId() {
    return ids.next();
  }

  @Override
  public Future<Void> record(RequestRecord entry) {
    return pool.preparedQuery("INSERT INTO sim_requests (id, doc) VALUES ($1, $2::text::jsonb)")
        .execute(Tuple.of(entry.id(), PgJson.write(entry)))
        .compose(inserted -> trimming.due() ? trim() : Future.succeededFuture());
  }

  @Override
  public Future<List<RequestRecord>> list(Predicate<RequestRecord> filter, int limit) {
    return page(new Listing(filter, limit), Long.MAX_VALUE, Long.MAX_VALUE);
  }

  /** What one listing looks for, has found and has read so far; used by one listing at a time. */
  private static final class Listing {
    private final Predicate<RequestRecord> filter;
    private final int limit;
    private final List<RequestRecord> found = new ArrayList<>();
    private int read;

    Listing(Predicate<RequestRecord> filter, int limit) {
      this.filter = filter;
      this.limit = limit;
    }
  }

  /** Reads the page of entries older than ({@code id}, {@code seq}), then the next if need be. */
  private Future<List<RequestRecord>> page(Listing listing, long id, long seq) {
    int size = Math.min(PAGE, capacity - listing.read);
    if (listing.found.size() >= listing.limit || size <= 0) {
      return Future.succeededFuture(listing.found);
    }
    return pool.preparedQuery(
            "SELECT id, seq, doc::text FROM sim_requests WHERE (id, seq) < ($1, $2)"
                + " ORDER BY id DESC, seq DESC LIMIT $3")
        .execute(Tuple.of(id, seq, size))
        .compose(
            rows -> {
              long lastId = id;
              long lastSeq = seq;
              for (Row row : rows) {
                listing.read++;
                lastId = row.getLong(0);
                lastSeq = row.getLong(1);
                RequestRecord entry = PgJson.read(row.getString(2), RequestRecord.class);
                if (listing.filter.test(entry)) {
                  listing.found.add(entry);
                  if (listing.found.size() == listing.limit) {
                    return Future.succeededFuture(listing.found);
                  }
                }
              }
              return rows.size() < size
                  ? Future.succeededFuture(listing.found)
                  : page(listing, lastId, lastSeq);
            });
  }

  @Override
  public Future<Void> clear() {
    return pool.query("DELETE FROM sim_requests").execute().mapEmpty();
  }

  private Future<Void> trim() {
    return pool.preparedQuery(
            "DELETE FROM sim_requests WHERE (id, seq) <= (SELECT id, seq FROM sim_requests"
                + " ORDER BY id DESC, seq DESC OFFSET $1 LIMIT 1)")
        .execute(Tuple.of((long) capacity))
        .mapEmpty();
  }
}
