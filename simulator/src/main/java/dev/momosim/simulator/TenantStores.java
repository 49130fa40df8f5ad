package dev.momosim.simulator;

import dev.momosim.simulator.app.port.SimulatorStore;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which tenants beside the default one exist, and where each keeps its state (docs/tenants.md): in
 * memory, in a directory under the data directory, or in a schema of the database. On a database
 * the list is shared by every instance.
 */
interface TenantStores {
  /** A tenant that exists, and when it was made. */
  record Entry(String id, Instant createdAt) {}

  /**
   * Registers a tenant unless it exists.
   *
   * @param cap how many tenants beside the default one may exist at most
   * @return its entry; empty when it is new and {@code cap} tenants exist already
   */
  Future<Optional<Entry>> register(String tenant, int cap);

  Future<Optional<Entry>> find(String tenant);

  /** Every tenant, by id. */
  Future<List<Entry>> list();

  /**
   * Opens the store of a registered tenant (empty the first time). Not yet open on this instance.
   */
  Future<SimulatorStore> open(String tenant);

  /**
   * @return false when it did not exist (deleted meanwhile by another caller)
   */
  Future<Boolean> unregister(String tenant);

  /** Deletes the state of an unregistered tenant, once its store is closed here. */
  Future<Void> destroy(String tenant);

  /** Closes what the list itself holds open (not the tenants' stores). */
  Future<Void> close();
}
