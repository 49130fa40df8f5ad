package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.domain.TokenGrant;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Issued tokens in {@code sim_tokens}, by digest. Each API user keeps at most {@link
 * #MAX_LIVE_TOKENS_PER_USER} per product, like the in-memory store: saving a token forgets the
 * owner's older ones beyond the cap in the same statement. Thread-safe.
 */
final class PgTokens implements TokenStore {
  /** Live tokens per API user and product. */
  static final int MAX_LIVE_TOKENS_PER_USER = 100;

  // The DELETE sees the table as it was before the INSERT of the same statement: it keeps the
  // owner's newest (cap - 1) tokens, the new one making the cap.
  private static final String SAVE =
      "WITH saved AS ("
          + " INSERT INTO sim_tokens (token_digest, owner, doc) VALUES ($1, $2, $3::text::jsonb)"
          + " ON CONFLICT (token_digest) DO UPDATE SET owner = excluded.owner, doc = excluded.doc)"
          + " DELETE FROM sim_tokens WHERE owner = $2 AND token_digest <> $1 AND seq <= ("
          + " SELECT seq FROM sim_tokens WHERE owner = $2 AND token_digest <> $1"
          + " ORDER BY seq DESC OFFSET $4 LIMIT 1)";

  private final Pool pool;

  PgTokens(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> save(TokenGrant token) {
    return pool.preparedQuery(SAVE)
        .execute(
            Tuple.of(
                token.tokenDigest(),
                owner(token),
                PgJson.write(token),
                (long) MAX_LIVE_TOKENS_PER_USER - 1))
        .mapEmpty();
  }

  @Override
  public Future<Optional<TokenGrant>> find(String tokenDigest) {
    return pool.preparedQuery("SELECT doc::text FROM sim_tokens WHERE token_digest = $1")
        .execute(Tuple.of(tokenDigest))
        .map(rows -> PgRows.first(rows, PgTokens::grant));
  }

  @Override
  public Future<Integer> clear() {
    return pool.query("WITH gone AS (DELETE FROM sim_tokens RETURNING 1) SELECT count(*) FROM gone")
        .execute()
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  @Override
  public Future<Integer> removeOwners(Collection<String> apiUserIds) {
    if (apiUserIds.isEmpty()) {
      return Future.succeededFuture(0);
    }
    return pool.preparedQuery(
            "WITH gone AS (DELETE FROM sim_tokens WHERE split_part(owner, '/', 1) = ANY($1)"
                + " RETURNING 1) SELECT count(*) FROM gone")
        .execute(Tuple.of(apiUserIds.toArray(new String[0])))
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /** Every live grant, each owner's oldest first. */
  Future<List<TokenGrant>> all() {
    return all(pool);
  }

  Future<List<TokenGrant>> all(SqlClient client) {
    return client
        .query("SELECT doc::text FROM sim_tokens ORDER BY owner, seq")
        .execute()
        .map(rows -> PgRows.map(rows, PgTokens::grant));
  }

  /**
   * Replaces every token with the image's (each owner's oldest first), in the caller's transaction.
   */
  Future<Void> restoreIn(SqlConnection tx, List<TokenGrant> image) {
    List<Tuple> tokens = new ArrayList<>();
    image.forEach(
        token -> tokens.add(Tuple.of(token.tokenDigest(), owner(token), PgJson.write(token))));
    return tx.query("DELETE FROM sim_tokens")
        .execute()
        .compose(
            deleted ->
                PgRows.batch(
                    tx,
                    "INSERT INTO sim_tokens (token_digest, owner, doc) VALUES ($1, $2, $3::text::jsonb)"
                        + " ON CONFLICT (token_digest) DO UPDATE SET owner = excluded.owner,"
                        + " doc = excluded.doc",
                    tokens));
  }

  private static String owner(TokenGrant token) {
    return token.apiUserId() + "/" + token.product();
  }

  private static TokenGrant grant(Row row) {
    return PgJson.read(row.getString(0), TokenGrant.class);
  }
}
