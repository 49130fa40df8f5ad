package dev.momosim.simulator;

import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tenants of a simulator that keeps its state in memory: each in an in-memory store. */
final class MemoryTenantStores implements TenantStores {
  private final Map<String, Entry> tenants = new ConcurrentHashMap<>();
  private final InMemoryStore.Settings settings;

  MemoryTenantStores(InMemoryStore.Settings settings) {
    this.settings = settings;
  }

  @Override
  public synchronized Future<Optional<Entry>> register(String tenant, int cap) {
    Entry known = tenants.get(tenant);
    if (known == null && tenants.size() < cap) {
      known = new Entry(tenant, Instant.now());
      tenants.put(tenant, known);
    }
    return Future.succeededFuture(Optional.ofNullable(known));
  }

  @Override
  public Future<Optional<Entry>> find(String tenant) {
    return Future.succeededFuture(Optional.ofNullable(tenants.get(tenant)));
  }

  @Override
  public Future<List<Entry>> list() {
    return Future.succeededFuture(
        tenants.values().stream().sorted(Comparator.comparing(Entry::id)).toList());
  }

  @Override
  public Future<SimulatorStore> open(String tenant) {
    return Future.succeededFuture(new InMemoryStore(settings));
  }

  @Override
  public Future<Boolean> unregister(String tenant) {
    return Future.succeededFuture(tenants.remove(tenant) != null);
  }

  @Override
  public Future<Void> destroy(String tenant) {
    return Future.succeededFuture(); // its store went with its core
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}
