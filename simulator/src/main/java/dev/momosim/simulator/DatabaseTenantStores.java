package dev.momosim.simulator;

import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.storage.postgres.DatabaseUrl;
import dev.momosim.simulator.storage.postgres.PgMigrations;
import dev.momosim.simulator.storage.postgres.PgStore;
import dev.momosim.simulator.storage.postgres.PgTenants;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Optional;

/**
 * Tenants of a simulator on PostgreSQL: listed in {@code sim_tenants} for every instance, each with
 * its state in a schema of its own, made (by Flyway, off the event loop) the first time any
 * instance opens it.
 */
final class DatabaseTenantStores implements TenantStores {
  private static final int TENANT_POOL_SIZE = 2;

  private final Vertx vertx;
  private final DatabaseUrl url;
  private final SimulatorConfig tenantConfig;
  private final PgTenants registry;

  /**
   * @param tenantConfig the configuration of a tenant ({@link SimulatorConfig#forTenant})
   */
  DatabaseTenantStores(Vertx vertx, SimulatorConfig tenantConfig) {
    this.vertx = vertx;
    this.tenantConfig = tenantConfig;
    this.url = DatabaseUrl.parse(tenantConfig.storage().databaseUrl());
    this.registry = PgTenants.open(vertx, url);
  }

  @Override
  public Future<Optional<Entry>> register(String tenant, int cap) {
    return registry.register(tenant, cap).map(found -> found.map(DatabaseTenantStores::entry));
  }

  @Override
  public Future<Optional<Entry>> find(String tenant) {
    return registry.find(tenant).map(found -> found.map(DatabaseTenantStores::entry));
  }

  @Override
  public Future<List<Entry>> list() {
    return registry.list().map(all -> all.stream().map(DatabaseTenantStores::entry).toList());
  }

  @Override
  public Future<SimulatorStore> open(String tenant) {
    String schema = PgTenants.schemaOf(tenant);
    return vertx
        .executeBlocking(() -> PgMigrations.migrate(url, schema), false)
        .compose(migrated -> registry.subscriber())
        .compose(
            subscriber ->
                PgStore.openTenant(
                    vertx,
                    url,
                    new PgStore.TenantSchema(schema, subscriber),
                    tenantSettings(),
                    Stores.memorySettings(tenantConfig),
                    tenantConfig.ruleParser()))
        .map(SimulatorStore.class::cast);
  }

  @Override
  public Future<Boolean> unregister(String tenant) {
    return registry.unregister(tenant);
  }

  @Override
  public Future<Void> destroy(String tenant) {
    return registry.dropSchema(tenant);
  }

  @Override
  public Future<Void> close() {
    return registry.close();
  }

  /**
   * A tenant's store keeps fewer connections than the default one's (at most {@value
   * #TENANT_POOL_SIZE}): a farm of tenants on a few instances must stay within the server's
   * connection limit.
   */
  private PgStore.Settings tenantSettings() {
    PgStore.Settings shared = Stores.databaseSettings(tenantConfig.storage());
    return new PgStore.Settings(
        Math.min(TENANT_POOL_SIZE, shared.poolSize()),
        shared.statementTimeout(),
        shared.workLease());
  }

  private static Entry entry(PgTenants.Registered registered) {
    return new Entry(registered.id(), registered.createdAt());
  }
}
