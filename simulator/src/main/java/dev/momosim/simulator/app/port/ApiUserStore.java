package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

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
   * Forgets the users of one tenant (docs/tenants.md); the other tenants' stay.
   *
   * @param tenant a tenant's id ({@link ApiUser#DEFAULT_TENANT} for the default one)
   * @return the ids of the users forgotten
   */
  Future<List<String>> removeTenant(String tenant);

  /** The ids of one tenant's users. */
  Future<List<String>> idsIn(String tenant);
}
