package dev.momosim.simulator.junit5;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.control.TenantUser;
import dev.momosim.simulator.domain.Product;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preset API users and subscription keys of a running simulator, read from its configuration
 * (so a test's {@code config} overrides show up here). Immutable and thread-safe.
 *
 * <pre>{@code
 * ApiUserCredentials collection = credentials.collection();
 * request.putHeader("Authorization", collection.basicAuthorization())
 *     .putHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey());
 * }</pre>
 */
public final class SandboxCredentials {
  private final String baseUrl;
  private final SimulatorConfig config;
  private final Map<Product, String[]> tenantUsers;

  private SandboxCredentials(
      String baseUrl, SimulatorConfig config, Map<Product, String[]> tenantUsers) {
    this.baseUrl = baseUrl;
    this.config = config;
    this.tenantUsers = Map.copyOf(tenantUsers);
  }

  public static SandboxCredentials of(MomoSimulator simulator) {
    return new SandboxCredentials(simulator.baseUrl(), simulator.config(), Map.of());
  }

  /** The API users provisioned into a tenant, one per product (docs/tenants.md). */
  static SandboxCredentials ofTenant(MomoSimulator simulator, List<TenantUser> users) {
    Map<Product, String[]> byProduct = new EnumMap<>(Product.class);
    for (TenantUser user : users) {
      Product product =
          Product.fromPathName(user.product())
              .orElseThrow(() -> new IllegalArgumentException("no product " + user.product()));
      byProduct.put(product, new String[] {user.apiUser(), user.apiKey()});
    }
    return new SandboxCredentials(simulator.baseUrl(), simulator.config(), byProduct);
  }

  /** The simulator's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return baseUrl;
  }

  public ApiUserCredentials collection() {
    return forProduct(Product.COLLECTION);
  }

  public ApiUserCredentials disbursement() {
    return forProduct(Product.DISBURSEMENT);
  }

  public ApiUserCredentials remittance() {
    return forProduct(Product.REMITTANCE);
  }

  /**
   * The first preset API user of the product; in a tenant (lifecycle {@code TENANT_PER_CLASS} or
   * {@code TENANT_PER_TEST}), the user provisioned into it for the product.
   *
   * @throws IllegalStateException if the configuration has no preset user for it
   */
  public ApiUserCredentials forProduct(Product product) {
    String[] ofTenant = tenantUsers.get(product);
    if (ofTenant != null) {
      List<String> keys = config.subscriptionKeys(product);
      return new ApiUserCredentials(
          product,
          ofTenant[0],
          ofTenant[1],
          keys.get(0),
          keys.size() > 1 ? keys.get(1) : keys.get(0),
          targetEnvironment());
    }
    for (PresetUser user : config.presetUsers()) {
      if (user.product() == product) {
        List<String> keys = config.subscriptionKeys(product);
        return new ApiUserCredentials(
            product,
            user.id(),
            user.apiKey(),
            keys.get(0),
            keys.size() > 1 ? keys.get(1) : keys.get(0),
            targetEnvironment());
      }
    }
    throw new IllegalStateException(
        "the simulator's configuration has no preset API user for "
            + product.pathName()
            + " (apiUsers.preset)");
  }

  /**
   * The {@code X-Target-Environment} to send: {@code sandbox} unless the configuration drops it.
   */
  public String targetEnvironment() {
    Set<String> environments = config.targetEnvironments();
    return environments.contains("sandbox") || environments.isEmpty()
        ? "sandbox"
        : environments.iterator().next();
  }
}
