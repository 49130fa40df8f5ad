package dev.momosim.simulator.app;

import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * The clock an API user's tokens are issued and expire on (docs/tenants.md): its tenant's simulator
 * clock, or the wall clock. Answering may first make the user's tenant ready on this instance.
 */
@FunctionalInterface
public interface TokenClock {
  /**
   * @param user the token's owner, or null when it no longer exists (the default tenant's clock)
   */
  Future<Instant> now(ApiUser user);
}
