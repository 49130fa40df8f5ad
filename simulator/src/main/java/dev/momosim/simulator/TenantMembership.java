package dev.momosim.simulator;

import dev.momosim.simulator.config.TenantSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Which tenant each API user belongs to (docs/tenants.md); a user no tenant claims belongs to the
 * default one. Kept in memory: tenants beside the default one exist only in memory. Thread-safe.
 */
final class TenantMembership {
  private final Map<String, String> tenantOfUser = new ConcurrentHashMap<>();

  String tenantOf(String apiUserId) {
    return tenantOfUser.getOrDefault(apiUserId, TenantSettings.DEFAULT);
  }

  void assign(String apiUserId, String tenant) {
    if (tenant.equals(TenantSettings.DEFAULT)) {
      tenantOfUser.remove(apiUserId);
    } else {
      tenantOfUser.put(apiUserId, tenant);
    }
  }

  /** Whether an API user belongs to {@code tenant}. */
  Predicate<String> in(String tenant) {
    return apiUserId -> tenantOf(apiUserId).equals(tenant);
  }

  /** How many API users belong to {@code tenant} (users of the default tenant are not counted). */
  long count(String tenant) {
    return tenantOfUser.values().stream().filter(tenant::equals).count();
  }
}
