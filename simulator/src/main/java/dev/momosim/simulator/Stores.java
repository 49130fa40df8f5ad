package dev.momosim.simulator;

import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.config.StorageSettings;
import dev.momosim.simulator.domain.LedgerAccounts;
import dev.momosim.simulator.state.InvalidStateException;
import dev.momosim.simulator.state.StateJson;
import dev.momosim.simulator.storage.durable.DataDirectoryException;
import dev.momosim.simulator.storage.durable.JournalledStore;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import dev.momosim.simulator.storage.postgres.DatabaseUrl;
import dev.momosim.simulator.storage.postgres.PgMigrations;
import dev.momosim.simulator.storage.postgres.PgStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Opens the store the configuration names ({@code storage}): in memory, or durable in a data
 * directory; and reads the state document to start from, if one is named. Blocking when either is
 * named: call it off any event loop.
 */
final class Stores {
  /**
   * The opened store, the state to start from (if any), and what opening recovered.
   *
   * @param recovered one line per repair made on opening (a record cut short by a crash)
   */
  record Opened(
      SimulatorStore store,
      Optional<StateImage> initialState,
      List<String> recovered,
      Optional<String> description) {
    Opened(SimulatorStore store, Optional<StateImage> initialState, List<String> recovered) {
      this(store, initialState, recovered, Optional.empty());
    }
  }

  /** What opening a database needs after the blocking part (the migrations) is done. */
  private record Migrated(DatabaseUrl url, Optional<StateImage> initialState) {}

  /**
   * Opens the store the configuration names; the blocking parts (a data directory, a state
   * document, a database's migrations) run on a worker thread.
   */
  static Future<Opened> open(Vertx vertx, SimulatorConfig config) {
    if (config.storage().databaseUrl() == null) {
      return vertx.executeBlocking(() -> open(config), false);
    }
    return vertx
        .executeBlocking(() -> migrate(config), false)
        .compose(
            migrated ->
                PgStore.open(
                        vertx,
                        migrated.url(),
                        databaseSettings(config.storage()),
                        memorySettings(config),
                        config.ruleParser())
                    .map(
                        store ->
                            new Opened(
                                store,
                                migrated.initialState(),
                                List.of(),
                                Optional.of(
                                    "momo-sim state in PostgreSQL "
                                        + migrated.url()
                                        + ", shared with every instance started on it"))));
  }

  private static Migrated migrate(SimulatorConfig config) {
    StorageSettings storage = config.storage();
    DatabaseUrl url = DatabaseUrl.parse(storage.databaseUrl());
    Optional<StateImage> initial =
        Optional.ofNullable(storage.state()).map(file -> read(config, file));
    PgMigrations.migrate(url);
    if (initial.isPresent() && PgMigrations.holdsState(url)) {
      throw new IllegalArgumentException(
          "--state seeds only a new database, and "
              + url
              + " already holds state: start without --state to keep it, or import the document"
              + " into the running simulator (momo-sim state import)");
    }
    return new Migrated(url, initial);
  }

  /**
   * Where the tenants beside the default one are listed and keep their state: where the simulator
   * keeps its own.
   *
   * @param tenantConfig the configuration of a tenant ({@link SimulatorConfig#forTenant})
   */
  static TenantStores forTenants(Vertx vertx, SimulatorConfig tenantConfig) {
    StorageSettings storage = tenantConfig.storage();
    if (storage.databaseUrl() != null) {
      return new DatabaseTenantStores(vertx, tenantConfig);
    }
    if (storage.dataDir() != null) {
      return new DataDirTenantStores(vertx, tenantConfig);
    }
    return new MemoryTenantStores(memorySettings(tenantConfig));
  }

  static PgStore.Settings databaseSettings(StorageSettings storage) {
    return new PgStore.Settings(
        storage.databasePoolSize(),
        Duration.ofMillis(storage.databaseTimeoutMillis()),
        Duration.ofMillis(storage.workLeaseMillis()));
  }

  private Stores() {}

  /**
   * @throws IllegalArgumentException with one line saying what is wrong: a data directory that
   *     cannot be used, a state document that cannot be read, or both named over existing data
   */
  static Opened open(SimulatorConfig config) {
    StorageSettings storage = config.storage();
    Optional<StateImage> initial =
        Optional.ofNullable(storage.state()).map(file -> read(config, file));
    InMemoryStore memory = new InMemoryStore(memorySettings(config));
    if (storage.dataDir() == null) {
      return new Opened(memory, initial, List.of());
    }
    JournalledStore durable;
    try {
      durable =
          JournalledStore.open(
              new JournalledStore.Settings(
                  Path.of(storage.dataDir()), storage.durability(), storage.compactAfterBytes()),
              memory,
              new StateJson(config.ruleParser()),
              config.ruleParser());
    } catch (DataDirectoryException e) {
      throw new IllegalArgumentException("data directory: " + e.getMessage(), e);
    }
    if (initial.isPresent() && !durable.startedEmpty()) {
      durable.close();
      throw new IllegalArgumentException(
          "--state seeds only a new data directory, and "
              + durable.dataDir()
              + " already holds state: start without --state to keep it, or import the document"
              + " into the running simulator (momo-sim state import)");
    }
    return new Opened(durable, initial, durable.recovered());
  }

  /**
   * Opens (or makes) a durable store in {@code dir}: a tenant's (docs/tenants.md). Blocking.
   *
   * @throws IllegalArgumentException when the directory cannot be used
   */
  static SimulatorStore openDurable(SimulatorConfig config, Path dir) {
    try {
      return JournalledStore.open(
          new JournalledStore.Settings(
              dir, config.storage().durability(), config.storage().compactAfterBytes()),
          new InMemoryStore(memorySettings(config)),
          new StateJson(config.ruleParser()),
          config.ruleParser());
    } catch (DataDirectoryException e) {
      throw new IllegalArgumentException("data directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static StateImage read(SimulatorConfig config, String file) {
    try {
      return new StateJson(config.ruleParser()).read(Files.readAllBytes(Path.of(file)));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("state document " + file + ": no such file", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("state document " + file + ": " + e.getMessage(), e);
    } catch (InvalidStateException e) {
      throw new IllegalArgumentException("state document " + file + ": " + e.getMessage(), e);
    }
  }

  static InMemoryStore.Settings memorySettings(SimulatorConfig config) {
    return new InMemoryStore.Settings(
        config.retainedTransactions(),
        config.callbacks().journalCapacity(),
        config.journal().capacity(),
        account -> openingBalance(config, account),
        config.ruleSet().rules(),
        config.approvalMode(),
        config.retainedWallets());
  }

  private static BigDecimal openingBalance(SimulatorConfig config, String account) {
    return LedgerAccounts.partnerProduct(account)
        .map(config::partnerOpeningBalance)
        .orElseGet(() -> config.walletOpeningBalance(LedgerAccounts.walletPartyId(account)));
  }
}
