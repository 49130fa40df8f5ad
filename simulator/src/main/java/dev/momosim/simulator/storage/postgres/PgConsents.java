package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.ConsentStore;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Consent requests in {@code sim_consent_requests} and their grants in {@code sim_consent_grants}.
 * A request or grant is changed in one statement only if its row still holds the document the
 * caller read, so a request is decided (and redeemed) once and one refresh wins, whichever
 * instances race. Each table keeps about {@code capacity} rows, the oldest trimmed now and then
 * ({@link Trimming}). Thread-safe.
 */
final class PgConsents implements ConsentStore {
  private static final String TRIM =
      "DELETE FROM %1$s WHERE seq <= (SELECT seq FROM %1$s ORDER BY seq DESC OFFSET $1 LIMIT 1)";

  private final Pool pool;
  private final int capacity;
  private final Trimming requestTrimming;
  private final Trimming grantTrimming;

  /**
   * @param capacity requests kept, and grants kept, at most (the in-memory store keeps 10,000)
   */
  PgConsents(Pool pool, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("consent capacity must be at least 1, was " + capacity);
    }
    this.pool = pool;
    this.capacity = capacity;
    this.requestTrimming = new Trimming(capacity);
    this.grantTrimming = new Trimming(capacity);
  }

  @Override
  public Future<Boolean> insert(ConsentRequest request) {
    return pool.preparedQuery(
            "INSERT INTO sim_consent_requests (auth_req_id, doc) VALUES ($1, $2::text::jsonb)"
                + " ON CONFLICT (auth_req_id) DO NOTHING")
        .execute(Tuple.of(request.authReqId(), PgJson.write(request)))
        .compose(
            rows ->
                rows.rowCount() == 1 && requestTrimming.due()
                    ? trim("sim_consent_requests").map(done -> true)
                    : Future.succeededFuture(rows.rowCount() == 1));
  }

  @Override
  public Future<Optional<ConsentRequest>> find(String authReqId) {
    return pool.preparedQuery("SELECT doc::text FROM sim_consent_requests WHERE auth_req_id = $1")
        .execute(Tuple.of(authReqId))
        .map(rows -> PgRows.first(rows, PgConsents::request));
  }

  @Override
  public Future<Boolean> compareAndSet(ConsentRequest expected, ConsentRequest next) {
    if (!expected.authReqId().equals(next.authReqId())) {
      return Future.succeededFuture(false);
    }
    return pool.preparedQuery(
            "UPDATE sim_consent_requests SET doc = $3::text::jsonb"
                + " WHERE auth_req_id = $1 AND doc = $2::text::jsonb")
        .execute(Tuple.of(expected.authReqId(), PgJson.write(expected), PgJson.write(next)))
        .map(rows -> rows.rowCount() == 1);
  }

  @Override
  public Future<List<ConsentRequest>> requests() {
    return pool.preparedQuery(
            "SELECT doc::text FROM sim_consent_requests ORDER BY seq DESC LIMIT $1")
        .execute(Tuple.of(capacity))
        .map(rows -> PgRows.map(rows, PgConsents::request));
  }

  @Override
  public Future<Void> saveGrant(ConsentGrant grant) {
    // A grant saved again keeps its place in the order of age, as in the in-memory store.
    return pool.preparedQuery(
            "INSERT INTO sim_consent_grants (auth_req_id, access_digest, refresh_digest, doc)"
                + " VALUES ($1, $2, $3, $4::text::jsonb) ON CONFLICT (auth_req_id) DO UPDATE SET"
                + " access_digest = excluded.access_digest,"
                + " refresh_digest = excluded.refresh_digest, doc = excluded.doc")
        .execute(grantTuple(grant))
        .compose(
            rows -> grantTrimming.due() ? trim("sim_consent_grants") : Future.succeededFuture());
  }

  @Override
  public Future<Optional<ConsentGrant>> grantByAccessToken(String accessTokenDigest) {
    return grantWhere("access_digest", accessTokenDigest);
  }

  @Override
  public Future<Optional<ConsentGrant>> grantByRefreshToken(String refreshTokenDigest) {
    return grantWhere("refresh_digest", refreshTokenDigest);
  }

  @Override
  public Future<Boolean> replaceGrant(ConsentGrant expected, ConsentGrant next) {
    if (!expected.authReqId().equals(next.authReqId())) {
      return Future.succeededFuture(false);
    }
    return pool.preparedQuery(
            "UPDATE sim_consent_grants SET access_digest = $2, refresh_digest = $3,"
                + " doc = $4::text::jsonb WHERE auth_req_id = $1 AND doc = $5::text::jsonb")
        .execute(grantTuple(next).addString(PgJson.write(expected)))
        .map(rows -> rows.rowCount() == 1);
  }

  @Override
  public Future<Integer> clear() {
    return pool.query(
            "WITH requests AS (DELETE FROM sim_consent_requests RETURNING 1),"
                + " grants AS (DELETE FROM sim_consent_grants)"
                + " SELECT count(*) FROM requests")
        .execute()
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /** Every request, oldest first. */
  Future<List<ConsentRequest>> allRequests(SqlClient client) {
    return client
        .preparedQuery(
            "SELECT doc::text FROM (SELECT seq, doc FROM sim_consent_requests"
                + " ORDER BY seq DESC LIMIT $1) newest ORDER BY seq")
        .execute(Tuple.of(capacity))
        .map(rows -> PgRows.map(rows, PgConsents::request));
  }

  /** Every grant, oldest first. */
  Future<List<ConsentGrant>> allGrants(SqlClient client) {
    return client
        .preparedQuery(
            "SELECT doc::text FROM (SELECT seq, doc FROM sim_consent_grants"
                + " ORDER BY seq DESC LIMIT $1) newest ORDER BY seq")
        .execute(Tuple.of(capacity))
        .map(rows -> PgRows.map(rows, PgConsents::grant));
  }

  Future<List<ConsentRequest>> allRequests() {
    return allRequests(pool);
  }

  Future<List<ConsentGrant>> allGrants() {
    return allGrants(pool);
  }

  /**
   * Replaces every request and grant with the image's (oldest first), in the caller's transaction.
   */
  Future<Void> restoreIn(
      SqlConnection tx, List<ConsentRequest> requestImage, List<ConsentGrant> grantImage) {
    List<Tuple> requests = new ArrayList<>();
    requestImage.forEach(
        request -> requests.add(Tuple.of(request.authReqId(), PgJson.write(request))));
    List<Tuple> grants = new ArrayList<>();
    grantImage.forEach(grant -> grants.add(grantTuple(grant)));
    return tx.query("DELETE FROM sim_consent_requests")
        .execute()
        .compose(deleted -> tx.query("DELETE FROM sim_consent_grants").execute())
        .compose(
            deleted ->
                PgRows.batch(
                    tx,
                    "INSERT INTO sim_consent_requests (auth_req_id, doc) VALUES ($1, $2::text::jsonb)"
                        + " ON CONFLICT (auth_req_id) DO NOTHING",
                    requests))
        .compose(
            done ->
                PgRows.batch(
                    tx,
                    "INSERT INTO sim_consent_grants (auth_req_id, access_digest, refresh_digest, doc)"
                        + " VALUES ($1, $2, $3, $4::text::jsonb) ON CONFLICT (auth_req_id) DO UPDATE"
                        + " SET access_digest = excluded.access_digest,"
                        + " refresh_digest = excluded.refresh_digest, doc = excluded.doc",
                    grants));
  }

  private Future<Optional<ConsentGrant>> grantWhere(String column, String digest) {
    return pool.preparedQuery(
            "SELECT doc::text FROM sim_consent_grants WHERE "
                + column
                + " = $1 ORDER BY seq DESC LIMIT 1")
        .execute(Tuple.of(digest))
        .map(rows -> PgRows.first(rows, PgConsents::grant));
  }

  private Future<Void> trim(String table) {
    return pool.preparedQuery(String.format(TRIM, table))
        .execute(Tuple.of((long) capacity))
        .mapEmpty();
  }

  private static Tuple grantTuple(ConsentGrant grant) {
    return Tuple.of(
        grant.authReqId(),
        grant.accessTokenDigest(),
        grant.refreshTokenDigest(),
        PgJson.write(grant));
  }

  private static ConsentRequest request(Row row) {
    return PgJson.read(row.getString(0), ConsentRequest.class);
  }

  private static ConsentGrant grant(Row row) {
    return PgJson.read(row.getString(0), ConsentGrant.class);
  }
}
