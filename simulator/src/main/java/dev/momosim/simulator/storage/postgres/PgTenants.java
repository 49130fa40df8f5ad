package dev.momosim.simulator.storage.postgres;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The tenants beside the default one, in {@code sim_tenants} of the default schema, shared by every
 * instance on the database (docs/tenants.md). Each tenant's state lives in a schema of its own,
 * named from a digest of its id (ids may be longer than PostgreSQL's identifiers and mixed-case).
 * The cap on tenants holds across instances: registering takes a transaction-scoped advisory lock.
 * Thread-safe.
 */
public final class PgTenants {
  /** A registered tenant. */
  public record Registered(String id, String schema, Instant createdAt) {}

  /** Key of the advisory lock registering takes (any constant the simulator uses nowhere else). */
  private static final long REGISTER_LOCK = 0x6d6f6d6f74656eL; // "momoten"

  private final Pool pool;
  private final PgSubscriber subscriber;
  private Future<PgSubscriber> connected;

  private PgTenants(Pool pool, PgSubscriber subscriber) {
    this.pool = pool;
    this.subscriber = subscriber;
  }

  /**
   * Opens the registry on a migrated database with a pool of its own (one or two connections, none
   * while idle) and the LISTEN connection every tenant's change feed on this instance shares.
   */
  public static PgTenants open(Vertx vertx, DatabaseUrl url) {
    return new PgTenants(
        PgBuilder.pool()
            .with(
                new PoolOptions()
                    .setMaxSize(2)
                    .setIdleTimeout(10)
                    .setIdleTimeoutUnit(TimeUnit.SECONDS)
                    .setName("momo-sim-tenants"))
            .connectingTo(url.connectOptions().addProperty("application_name", "momo-sim"))
            .using(vertx)
            .build(),
        PgChangeFeed.sharedSubscriber(vertx, url));
  }

  /**
   * The LISTEN connection the tenants' change feeds on this instance share, connected the first
   * time it is asked for (it reconnects by itself after the database comes back).
   */
  public synchronized Future<PgSubscriber> subscriber() {
    if (connected == null || connected.failed()) {
      connected = subscriber.connect().map(subscriber);
    }
    return connected;
  }

  /** The schema a tenant's state lives in. */
  public static String schemaOf(String tenant) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(tenant.getBytes(StandardCharsets.UTF_8));
      return "momo_sim_tenant_" + HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Registers a tenant unless it is registered already.
   *
   * @param cap how many tenants may be registered at most
   * @return the tenant's entry; empty when it is new and {@code cap} tenants exist
   */
  public Future<Optional<Registered>> register(String tenant, int cap) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery("SELECT pg_advisory_xact_lock($1)")
                .execute(Tuple.of(REGISTER_LOCK))
                .compose(
                    locked ->
                        tx.preparedQuery(
                                "INSERT INTO sim_tenants (id, schema_name, created_at)"
                                    + " SELECT $1, $2, now()"
                                    + " WHERE (SELECT count(*) FROM sim_tenants) < $3"
                                    + " ON CONFLICT (id) DO NOTHING")
                            .execute(Tuple.of(tenant, schemaOf(tenant), cap)))
                .compose(
                    inserted ->
                        inserted.rowCount() == 1
                            // a new tenant starts empty, even where a deletion was cut short
                            ? tx.query("DROP SCHEMA IF EXISTS " + schemaOf(tenant) + " CASCADE")
                                .execute()
                                .mapEmpty()
                            : Future.succeededFuture())
                .compose(
                    ready ->
                        tx.preparedQuery(
                                "SELECT id, schema_name, created_at FROM sim_tenants WHERE id = $1")
                            .execute(Tuple.of(tenant))
                            .map(rows -> PgRows.first(rows, PgTenants::registered))));
  }

  public Future<Optional<Registered>> find(String tenant) {
    return pool.preparedQuery("SELECT id, schema_name, created_at FROM sim_tenants WHERE id = $1")
        .execute(Tuple.of(tenant))
        .map(rows -> PgRows.first(rows, PgTenants::registered));
  }

  /** Every registered tenant, by id. */
  public Future<List<Registered>> list() {
    return pool.query("SELECT id, schema_name, created_at FROM sim_tenants ORDER BY id")
        .execute()
        .map(rows -> PgRows.map(rows, PgTenants::registered));
  }

  /**
   * @return false when it was not registered (deleted meanwhile by another caller)
   */
  public Future<Boolean> unregister(String tenant) {
    return pool.preparedQuery("DELETE FROM sim_tenants WHERE id = $1")
        .execute(Tuple.of(tenant))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Drops an unregistered tenant's schema and everything in it. */
  public Future<Void> dropSchema(String tenant) {
    // the name is ours (schemaOf): letters, digits and '_' only
    return pool.query("DROP SCHEMA IF EXISTS " + schemaOf(tenant) + " CASCADE")
        .execute()
        .mapEmpty();
  }

  public Future<Void> close() {
    return subscriber.close().otherwiseEmpty().eventually(pool::close);
  }

  private static Registered registered(Row row) {
    OffsetDateTime created = row.getOffsetDateTime(2);
    return new Registered(
        row.getString(0),
        row.getString(1),
        (created == null ? OffsetDateTime.now(ZoneOffset.UTC) : created).toInstant());
  }
}
