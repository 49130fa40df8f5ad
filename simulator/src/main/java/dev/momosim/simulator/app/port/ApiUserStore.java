package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.function.Predicate;

/** Sandbox API users and their current keys. */
public interface ApiUserStore {
  /** Keeps the user unless its id is taken; atomic. @return false, keeping nothing, if taken */
  Future<Boolean> insertIfAbsent(ApiUser user);

  Future<Optional<ApiUser>> find(String id);

  /**
   * Gives the user a new key (its digest); the old one stops working. @return false for an unknown
   * user
   */
  Future<Boolean> replaceKey(String id, String apiKeyDigest);

  /** Forgets every user. */
  Future<Void> clear();

  /**
   * Forgets every user but those {@code keep} holds (the users of other tenants, docs/tenants.md).
   * A store that never holds other tenants' users (a data directory, a database) forgets them all.
   */
  default Future<Void> clearExcept(Predicate<String> keep) {
    return clear();
  }
}
