package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/** API users kept in memory, each change journalled through the {@link Gate}. */
final class JournalledApiUsers implements ApiUserStore {
  private final ApiUserStore memory;
  private final Gate gate;

  JournalledApiUsers(ApiUserStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<Boolean> insertIfAbsent(ApiUser user) {
    return gate.change(
        () -> memory.insertIfAbsent(user),
        inserted -> inserted ? new JournalEntry.UserAdded(user) : null);
  }

  @Override
  public Future<Optional<ApiUser>> find(String id) {
    return memory.find(id);
  }

  @Override
  public Future<Boolean> replaceKey(String id, String apiKeyDigest) {
    return gate.change(
        () -> memory.replaceKey(id, apiKeyDigest),
        replaced -> replaced ? new JournalEntry.KeyReplaced(id, apiKeyDigest) : null);
  }

  @Override
  public Future<Void> clear() {
    return gate.change(memory::clear, done -> new JournalEntry.UsersCleared());
  }

  @Override
  public Future<List<String>> removeTenant(String tenant) {
    return gate.change(
        () -> memory.removeTenant(tenant),
        removed -> removed.isEmpty() ? null : new JournalEntry.TenantUsersRemoved(tenant));
  }

  @Override
  public Future<List<String>> idsIn(String tenant) {
    return memory.idsIn(tenant);
  }
}
