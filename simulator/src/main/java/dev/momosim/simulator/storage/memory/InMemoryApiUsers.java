package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API users in a concurrent map. Thread-safe; every Future is complete on return. */
final class InMemoryApiUsers implements ApiUserStore {
  private final ConcurrentHashMap<String, ApiUser> users = new ConcurrentHashMap<>();

  @Override
  public Future<Boolean> insertIfAbsent(ApiUser user) {
    return Future.succeededFuture(users.putIfAbsent(user.id(), user) == null);
  }

  @Override
  public Future<Optional<ApiUser>> find(String id) {
    return Future.succeededFuture(Optional.ofNullable(users.get(id)));
  }

  @Override
  public Future<Boolean> replaceKey(String id, String apiKeyDigest) {
    return Future.succeededFuture(
        users.computeIfPresent(id, (userId, user) -> user.withApiKeyDigest(apiKeyDigest)) != null);
  }

  /** Every user, in no particular order. */
  List<ApiUser> all() {
    return List.copyOf(users.values());
  }

  void restore(List<ApiUser> image) {
    users.clear();
    image.forEach(user -> users.put(user.id(), user));
  }

  @Override
  public Future<Void> clear() {
    users.clear();
    return Future.succeededFuture();
  }

  @Override
  public Future<List<String>> removeTenant(String tenant) {
    List<String> removed = new ArrayList<>();
    users
        .values()
        .removeIf(
            user -> {
              boolean member = user.tenantId().equals(tenant);
              if (member) {
                removed.add(user.id());
              }
              return member;
            });
    return Future.succeededFuture(removed);
  }

  @Override
  public Future<List<String>> idsIn(String tenant) {
    return Future.succeededFuture(
        users.values().stream()
            .filter(user -> user.tenantId().equals(tenant))
            .map(ApiUser::id)
            .toList());
  }
}
