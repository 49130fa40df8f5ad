package dev.momosim.simulator;

import dev.momosim.simulator.config.TenantSettings;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which tenant each API user belongs to (docs/tenants.md); a user no tenant claims belongs to the
 * default one. Kept in memory: tenants beside the default one exist only in memory. Thread-safe.
 */
final class TenantMembership {
  private final Map<String, String> tenantOfUser = new ConcurrentHashMap<>();
  private final Map<String, Supplier<Instant>> clocks = new ConcurrentHashMap<>();

  /** The tenant's simulator clock, which its users' tokens expire on. */
  void clock(String tenant, Supplier<Instant> now) {
    clocks.put(tenant, now);
  }

  /**
   * The time on the clock of the tenant {@code apiUserId} belongs to; empty for the default
   * tenant's users.
   */
  Optional<Instant> nowOf(String apiUserId) {
    String tenant = tenantOf(apiUserId);
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return Optional.empty();
    }
    Supplier<Instant> now = clocks.get(tenant);
    return now == null ? Optional.empty() : Optional.of(now.get());
  }

  /** Forgets a deleted tenant: its clock and its members. */
  void forget(String tenant) {
    clocks.remove(tenant);
    tenantOfUser.values().removeIf(tenant::equals);
  }

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
