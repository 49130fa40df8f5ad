package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.domain.ApiUser;
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
 * API users in {@code sim_api_users}, one row per id: the primary key makes {@link #insertIfAbsent}
 * atomic across instances, and a key is replaced in one statement. Thread-safe.
 */
final class PgApiUsers implements ApiUserStore {
  /** A user's tenant: its document's {@code tenant}, the default one where it has none. */
  private static final String IN_TENANT =
      "coalesce(doc->>'tenant', '" + ApiUser.DEFAULT_TENANT + "') = $1";

  private final Pool pool;

  PgApiUsers(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Boolean> insertIfAbsent(ApiUser user) {
    return pool.preparedQuery(
            "INSERT INTO sim_api_users (id, doc) VALUES ($1, $2::text::jsonb)"
                + " ON CONFLICT (id) DO NOTHING")
        .execute(Tuple.of(user.id(), PgJson.write(user)))
        .map(rows -> rows.rowCount() == 1);
  }

  @Override
  public Future<Optional<ApiUser>> find(String id) {
    return pool.preparedQuery("SELECT doc::text FROM sim_api_users WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> PgRows.first(rows).map(PgApiUsers::user));
  }

  @Override
  public Future<Boolean> replaceKey(String id, String apiKeyDigest) {
    return pool.preparedQuery(
            "UPDATE sim_api_users"
                + " SET doc = jsonb_set(doc, '{apiKeyDigest}', coalesce(to_jsonb($2::text),"
                + " 'null'::jsonb)) WHERE id = $1")
        .execute(Tuple.of(id, apiKeyDigest))
        .map(rows -> rows.rowCount() == 1);
  }

  @Override
  public Future<Void> clear() {
    return pool.query("DELETE FROM sim_api_users").execute().mapEmpty();
  }

  @Override
  public Future<List<String>> removeTenant(String tenant) {
    return pool.preparedQuery("DELETE FROM sim_api_users WHERE " + IN_TENANT + " RETURNING id")
        .execute(Tuple.of(tenant))
        .map(rows -> PgRows.map(rows, row -> row.getString(0)));
  }

  @Override
  public Future<List<String>> idsIn(String tenant) {
    return pool.preparedQuery("SELECT id FROM sim_api_users WHERE " + IN_TENANT)
        .execute(Tuple.of(tenant))
        .map(rows -> PgRows.map(rows, row -> row.getString(0)));
  }

  /** Every user, in no particular order. */
  Future<List<ApiUser>> all() {
    return all(pool);
  }

  Future<List<ApiUser>> all(SqlClient client) {
    return client
        .query("SELECT doc::text FROM sim_api_users ORDER BY id")
        .execute()
        .map(rows -> PgRows.map(rows, PgApiUsers::user));
  }

  /** Replaces every user with the image's, inside the caller's transaction. */
  Future<Void> restoreIn(SqlConnection tx, List<ApiUser> image) {
    List<Tuple> users = new ArrayList<>();
    image.forEach(user -> users.add(Tuple.of(user.id(), PgJson.write(user))));
    return tx.query("DELETE FROM sim_api_users")
        .execute()
        .compose(
            deleted ->
                PgRows.batch(
                    tx, "INSERT INTO sim_api_users (id, doc) VALUES ($1, $2::text::jsonb)", users));
  }

  private static ApiUser user(Row row) {
    return PgJson.read(row.getString(0), ApiUser.class);
  }
}
