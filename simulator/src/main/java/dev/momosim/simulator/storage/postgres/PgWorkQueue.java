package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.WorkQueue;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;

/**
 * Scheduled work in {@code sim_work}, shared by every instance. Due rows are taken with {@code FOR
 * UPDATE SKIP LOCKED} under a lease (database time) that this instance renews while it holds them;
 * a row whose lease ran out (its taker died) is taken again by whichever instance looks next, with
 * its attempt count raised. Only work this instance scheduled is known to {@link #nextDue()}; the
 * rest is found by polling. Thread-safe.
 */
final class PgWorkQueue implements WorkQueue {
  private static final String CLAIM =
      "UPDATE sim_work w SET attempts = w.attempts + 1, taken_by = $1,"
          + " lease_until = clock_timestamp() + make_interval(secs => $2)"
          + " FROM (SELECT id FROM sim_work WHERE due_at <= $3"
          + " AND (lease_until IS NULL OR lease_until < clock_timestamp())"
          + " ORDER BY due_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) due"
          + " WHERE w.id = due.id RETURNING w.id, w.due_at, w.kind, w.key, w.attempts";

  private final Pool pool;
  private final String instance;
  private final Duration lease;
  private final Set<Long> held = ConcurrentHashMap.newKeySet();
  private final ConcurrentSkipListSet<Instant> scheduledHere = new ConcurrentSkipListSet<>();
  private final Vertx vertx;
  private final long renewal;
  private volatile Consumer<Instant> earliestChanged = at -> {};

  /**
   * @param instance this instance's name in {@code taken_by}
   * @param lease how long a taken job stays this instance's without renewal
   */
  PgWorkQueue(Vertx vertx, Pool pool, String instance, Duration lease) {
    this.vertx = vertx;
    this.pool = pool;
    this.instance = instance;
    this.lease = lease;
    this.renewal = vertx.setPeriodic(Math.max(100, lease.toMillis() / 3), id -> renew());
  }

  @Override
  public boolean durable() {
    return true;
  }

  @Override
  public Future<Void> schedule(Instant dueAt, Job job) {
    return pool.preparedQuery("INSERT INTO sim_work (due_at, kind, key) VALUES ($1, $2, $3)")
        .execute(Tuple.of(timestamp(dueAt), job.kind().name(), job.key()))
        .map(
            inserted -> {
              scheduledHere.add(dueAt);
              if (scheduledHere.first().equals(dueAt)) {
                earliestChanged.accept(dueAt);
              }
              return null;
            });
  }

  @Override
  public Future<Claim> scheduleTaken(Instant dueAt, Job job) {
    return pool.preparedQuery(
            "INSERT INTO sim_work (due_at, kind, key, attempts, taken_by, lease_until)"
                + " VALUES ($1, $2, $3, 1, $4, clock_timestamp() + make_interval(secs => $5))"
                + " RETURNING id")
        .execute(Tuple.of(timestamp(dueAt), job.kind().name(), job.key(), instance, leaseSeconds()))
        .map(
            rows -> {
              long id = rows.iterator().next().getLong(0);
              held.add(id);
              return new Claim(id, dueAt, job, 1);
            });
  }

  @Override
  public Future<List<Claim>> claimDue(Instant now, int max) {
    scheduledHere.headSet(now, true).clear();
    return pool.preparedQuery(CLAIM)
        .execute(Tuple.of(instance, leaseSeconds(), timestamp(now), max))
        .map(
            rows -> {
              List<Claim> claims = new ArrayList<>();
              for (Row row : rows) {
                Claim claim =
                    new Claim(
                        row.getLong(0),
                        row.getOffsetDateTime(1).toInstant(),
                        new Job(Kind.valueOf(row.getString(2)), row.getString(3)),
                        row.getInteger(4));
                held.add(claim.id());
                claims.add(claim);
              }
              claims.sort(Comparator.comparing(Claim::dueAt).thenComparing(Claim::id));
              return claims;
            });
  }

  @Override
  public Future<Void> done(Claim claim) {
    return pool.preparedQuery("DELETE FROM sim_work WHERE id = $1")
        .execute(Tuple.of(claim.id()))
        .<Void>mapEmpty()
        .andThen(deleted -> held.remove(claim.id()));
  }

  @Override
  public Optional<Instant> nextDue() {
    Instant first = scheduledHere.isEmpty() ? null : scheduledHere.first();
    return Optional.ofNullable(first);
  }

  @Override
  public void onEarliestChanged(Consumer<Instant> listener) {
    this.earliestChanged = listener;
  }

  @Override
  public Future<Void> clear() {
    return clearIn(pool).andThen(cleared -> scheduledHere.clear());
  }

  static Future<Void> clearIn(SqlClient client) {
    return client.query("DELETE FROM sim_work").execute().mapEmpty();
  }

  /** Stops renewing: what this instance holds goes to the others once its lease runs out. */
  void close() {
    vertx.cancelTimer(renewal);
  }

  private void renew() {
    if (held.isEmpty()) {
      return;
    }
    pool.preparedQuery(
            "UPDATE sim_work SET lease_until = clock_timestamp() + make_interval(secs => $1)"
                + " WHERE id = ANY($2) AND taken_by = $3")
        .execute(Tuple.of(leaseSeconds(), held.toArray(new Long[0]), instance));
  }

  private double leaseSeconds() {
    return lease.toMillis() / 1000.0;
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
