package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import java.util.List;

/**
 * The control API of each tenant (docs/tenants.md): a control request names its tenant with the
 * query parameter {@code tenant} or the header {@code X-Momo-Sim-Tenant}; one naming none drives
 * the default tenant.
 */
public interface TenantControls {
  /** The query parameter naming a control request's tenant. */
  String TENANT_PARAMETER = "tenant";

  /**
   * Makes a tenant that exists (on any instance sharing the state) ready on this one; nothing for
   * null (the default tenant). Call before {@link #control} and {@link #events}.
   *
   * @return fails 404 TENANT_NOT_FOUND for an unknown tenant
   */
  Future<Void> open(String tenant);

  /**
   * @param tenant a tenant's id ({@link #open} first), or null for the default tenant
   * @throws dev.momosim.simulator.domain.MomoException 404 TENANT_NOT_FOUND for an unknown tenant
   */
  SimulatorControl control(String tenant);

  /**
   * A state document ({@code /_sim/state}) is the default tenant's, while it is the only one.
   *
   * @return fails 400 for another tenant, 409 for the default one while others exist (importing
   *     would replace their API users, exporting would show them)
   */
  Future<Void> requireStateDocuments(String tenant);

  /** The live events of one tenant (null: the default tenant). */
  EventHub events(String tenant);

  /** Every tenant, the default one first, then by id. */
  Future<List<TenantView>> tenants();

  /** Makes a tenant with no users yet (nothing if it exists); 409 when no more may be made. */
  Future<TenantView> create(String tenant);

  /**
   * Provisions an API user (with its key) into a tenant, making the tenant first if need be.
   *
   * @param callbackHost the user's {@code providerCallbackHost}
   */
  Future<TenantUser> provision(String tenant, Product product, String callbackHost);

  /**
   * Forgets a tenant and all its state; its API users' calls are refused from then on. The default
   * tenant cannot be deleted (reset it instead): 400.
   */
  Future<Void> delete(String tenant);
}
