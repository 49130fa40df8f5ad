package dev.momosim.simulator.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tenants: isolated simulators inside one ({@code tenants}; docs/tenants.md).
 *
 * @param perUser whether every API user provisioned becomes a tenant of its own (its id is the
 *     user's); when false, a user joins a tenant only when asked ({@code X-Momo-Sim-Tenant} on
 *     provisioning, or {@code groups}), else the default tenant
 * @param groups named tenants and the API user ids that belong to each
 * @param maxTenants how many tenants besides the default one may exist at once
 * @param maxTransactions beyond this many, a tenant's oldest finished transactions are forgotten
 * @param maxWallets beyond this many stored wallets, a tenant's least recently used are forgotten
 * @param maxRules how many rules one tenant (the default one too) may hold; more are refused
 */
public record TenantSettings(
    boolean perUser,
    Map<String, List<String>> groups,
    int maxTenants,
    int maxTransactions,
    int maxWallets,
    int maxRules) {

  /** The tenant of the preset users, and of every user no other tenant claims. */
  public static final String DEFAULT = dev.momosim.simulator.domain.ApiUser.DEFAULT_TENANT;

  /** What a tenant id may look like: it travels in query strings, headers and paths. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public TenantSettings {
    groups = Map.copyOf(Require.present(groups, "tenants.groups"));
    Map<String, String> tenantOfUser = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      requireId(group.getKey(), "tenants.groups");
      for (String user : Require.present(group.getValue(), "tenants.groups." + group.getKey())) {
        String earlier = tenantOfUser.put(user, group.getKey());
        if (earlier != null && !earlier.equals(group.getKey())) {
          throw new IllegalArgumentException(
              "tenants.groups: API user "
                  + user
                  + " is in both "
                  + earlier
                  + " and "
                  + group.getKey());
        }
      }
    }
    Require.atLeast(0, maxTenants, "tenants.maxTenants");
    Require.atLeast(1, maxTransactions, "tenants.maxTransactions");
    Require.atLeast(1, maxWallets, "tenants.maxWallets");
    Require.atLeast(1, maxRules, "tenants.maxRules");
  }

  /** The tenant {@code tenants.groups} puts an API user in, or null where no group names it. */
  public String groupOf(String apiUserId) {
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      if (group.getValue().contains(apiUserId)) {
        return group.getKey();
      }
    }
    return null;
  }

  /**
   * The tenant an API user provisioned without naming one belongs to: its group's, its own ({@code
   * perUser}), or the default one.
   */
  public String tenantOf(String apiUserId) {
    String group = groupOf(apiUserId);
    if (group != null) {
      return group;
    }
    return perUser ? apiUserId : DEFAULT;
  }

  /** Whether tenants other than the default one can exist under these settings. */
  public boolean anyBesideDefault() {
    return perUser || groups.keySet().stream().anyMatch(name -> !name.equals(DEFAULT));
  }

  /**
   * @throws IllegalArgumentException naming {@code path} when {@code id} is not a usable tenant id
   */
  public static String requireId(String id, String path) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          path
              + ": a tenant id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter"
              + " or digit, not "
              + (id == null ? "nothing" : "'" + id + "'"));
    }
    return id;
  }
}
