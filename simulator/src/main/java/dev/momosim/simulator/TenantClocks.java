package dev.momosim.simulator;

import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The simulator time of the tenant an API user belongs to, for its tokens (docs/tenants.md); the
 * default tenant's simulation is built before the tenants exist, so it is bound to them later.
 * Thread-safe.
 */
final class TenantClocks implements Function<ApiUser, Future<Optional<Instant>>> {
  private volatile Tenants tenants;

  void bind(Tenants started) {
    this.tenants = started;
  }

  /** Empty for the default tenant's users (its own clock applies). */
  @Override
  public Future<Optional<Instant>> apply(ApiUser user) {
    Tenants bound = tenants;
    if (bound == null || user.tenant() == null) {
      return Future.succeededFuture(Optional.empty());
    }
    return bound.nowOf(user);
  }
}
