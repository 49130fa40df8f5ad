package dev.momosim.client;

import dev.momosim.client.product.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads client settings from environment variables. The only class that reads the process
 * environment.
 *
 * <table>
 *   <caption>Variables</caption>
 *   <tr><td>{@code MOMO_BASE_URL}</td><td>API root; default MTN's sandbox</td></tr>
 *   <tr><td>{@code MOMO_TARGET_ENVIRONMENT}</td><td>default {@code sandbox}</td></tr>
 *   <tr><td>{@code MOMO_CALLBACK_URL}</td><td>default {@code X-Callback-Url}; optional</td></tr>
 *   <tr><td>{@code MOMO_<PRODUCT>_SUBSCRIPTION_KEY}, {@code _API_USER}, {@code _API_KEY}</td>
 *       <td>PRODUCT = COLLECTION, DISBURSEMENT, REMITTANCE; a product is configured when any of
 *       its three is set, and then all three are required</td></tr>
 * </table>
 *
 * Blank values count as unset. A missing or invalid setting fails at once with an
 * IllegalArgumentException naming the variable. Stateless and thread-safe.
 */
public final class EnvironmentConfig {

  public static final String BASE_URL = "MOMO_BASE_URL";
  public static final String TARGET_ENVIRONMENT = "MOMO_TARGET_ENVIRONMENT";
  public static final String CALLBACK_URL = "MOMO_CALLBACK_URL";

  private EnvironmentConfig() {}

  /**
   * The variable name of one product setting, e.g. {@code MOMO_COLLECTION_API_KEY} for suffix
   * {@code API_KEY}.
   */
  public static String variable(Product product, String suffix) {
    return "MOMO_" + product.environmentName() + "_" + suffix;
  }

  /** A builder from the process environment. */
  public static MomoClientBuilder fromSystemEnvironment() {
    return builder(System.getenv());
  }

  /**
   * A builder from the given variables; further settings (Vert.x, clock) can be added before
   * building.
   */
  public static MomoClientBuilder builder(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    MomoClientBuilder builder = MomoClient.builder();
    apply(environment, BASE_URL, builder::baseUrl);
    apply(environment, TARGET_ENVIRONMENT, builder::targetEnvironment);
    apply(environment, CALLBACK_URL, builder::callbackUrl);
    for (Product product : Product.values()) {
      String key = value(environment, variable(product, "SUBSCRIPTION_KEY"));
      String user = value(environment, variable(product, "API_USER"));
      String apiKey = value(environment, variable(product, "API_KEY"));
      if (key == null && user == null && apiKey == null) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      addIfNull(missing, key, variable(product, "SUBSCRIPTION_KEY"));
      addIfNull(missing, user, variable(product, "API_USER"));
      addIfNull(missing, apiKey, variable(product, "API_KEY"));
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " not set, but "
                + product.name().toLowerCase(java.util.Locale.ROOT)
                + " is partly configured: set all three of its variables or none");
      }
      builder.credentials(product, key, user, apiKey);
    }
    return builder;
  }

  private static void apply(
      Map<String, String> environment, String name, java.util.function.Consumer<String> setter) {
    String value = value(environment, name);
    if (value == null) {
      return;
    }
    try {
      setter.accept(value);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(name + ": " + invalid.getMessage(), invalid);
    }
  }

  private static String value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static void addIfNull(List<String> missing, String value, String name) {
    if (value == null) {
      missing.add(name);
    }
  }
}
