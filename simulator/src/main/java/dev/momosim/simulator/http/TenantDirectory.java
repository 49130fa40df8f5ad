package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;

/** Which tenant each API user belongs to, and each tenant's services (docs/tenants.md). */
public interface TenantDirectory {
  /** The header a provisioning request names its user's tenant with. */
  String TENANT_HEADER = "X-Momo-Sim-Tenant";

  /**
   * The services of the tenant {@code user} belongs to; made ready on this instance when its token
   * or key was checked.
   *
   * @throws dev.momosim.simulator.domain.MomoException 404 when the user's tenant was deleted
   */
  TenantServices servicesOf(ApiUser user);

  /** The default tenant's services (calls made by no known API user are journalled there). */
  TenantServices defaults();

  /**
   * Makes ready the tenant a user about to be provisioned will belong to: {@code requested} (the
   * header's value) if given, else the one the configuration names; starts it if it is new.
   *
   * @return the tenant's id, to provision the user into; fails 400 for an unusable id, 429 when no
   *     more tenants may be made
   */
  Future<String> prepare(String apiUserId, String requested);
}
