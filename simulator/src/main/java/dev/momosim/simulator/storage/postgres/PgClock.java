package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.ClockStore;
import dev.momosim.simulator.domain.ClockState;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.function.UnaryOperator;

/**
 * The one clock of every instance, in {@code sim_settings} row {@code clock}: read before every
 * use, moved under a row lock so no concurrent move is lost. No row: following real time.
 * Thread-safe.
 */
final class PgClock implements ClockStore {
  private static final String NAME = "clock";
  private static final String UPSERT =
      "INSERT INTO sim_settings (name, value) VALUES ($1, $2::text::jsonb)"
          + " ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value";

  private final Pool pool;

  PgClock(Pool pool) {
    this.pool = pool;
  }

  @Override
  public boolean shared() {
    return true;
  }

  @Override
  public Future<ClockState> load() {
    return load(pool, "");
  }

  static Future<ClockState> load(SqlClient client, String lock) {
    return client
        .preparedQuery("SELECT value::text FROM sim_settings WHERE name = $1" + lock)
        .execute(Tuple.of(NAME))
        .map(
            rows ->
                rows.iterator().hasNext()
                    ? PgJson.read(rows.iterator().next().getString(0), ClockState.class)
                    : ClockState.FOLLOWING_BASE);
  }

  @Override
  public Future<Void> save(ClockState state) {
    return saveIn(pool, state);
  }

  static Future<Void> saveIn(SqlClient client, ClockState state) {
    return client.preparedQuery(UPSERT).execute(Tuple.of(NAME, PgJson.write(state))).mapEmpty();
  }

  @Override
  public Future<ClockState> update(UnaryOperator<ClockState> change) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "INSERT INTO sim_settings (name, value) VALUES ($1, $2::text::jsonb)"
                        + " ON CONFLICT DO NOTHING")
                .execute(Tuple.of(NAME, PgJson.write(ClockState.FOLLOWING_BASE)))
                .compose(ensured -> load(tx, " FOR UPDATE"))
                .compose(
                    current -> {
                      ClockState next = change.apply(current);
                      return saveIn(tx, next).map(next);
                    }));
  }
}
