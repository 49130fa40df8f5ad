package dev.momosim.simulator.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.Product;
import dev.momosim.simulator.SimulatorConfig;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Where and as whom the payment commands call the MoMo API. Each setting comes from its flag, else
 * the client's environment variable ({@code MOMO_BASE_URL}, {@code MOMO_<PRODUCT>_API_USER}, ...),
 * else the local simulator's defaults (its address and preset API users), so the commands work
 * against {@code momo-sim serve} with no setup at all.
 */
final class ApiOptions {
  @Option(names = "--base-url", paramLabel = "URL",
      defaultValue = "${env:MOMO_BASE_URL:-http://127.0.0.1:8080}",
      description = "The MoMo API. Default: $MOMO_BASE_URL, else the local simulator http://127.0.0.1:8080.")
  String baseUrl;

  @Option(names = "--target-environment", paramLabel = "ENV",
      defaultValue = "${env:MOMO_TARGET_ENVIRONMENT:-sandbox}",
      description = "X-Target-Environment. Default: $MOMO_TARGET_ENVIRONMENT, else sandbox.")
  String targetEnvironment;

  @Option(names = "--subscription-key", paramLabel = "KEY",
      description = "Default: $MOMO_<PRODUCT>_SUBSCRIPTION_KEY, else the simulator's default key.")
  String subscriptionKey;

  @Option(names = "--api-user", paramLabel = "UUID",
      description = "Default: $MOMO_<PRODUCT>_API_USER, else the simulator's preset user.")
  String apiUser;

  @Option(names = "--api-key", paramLabel = "KEY",
      description = "Default: $MOMO_<PRODUCT>_API_KEY, else the simulator's preset user's key.")
  String apiKey;

  /** A client for one product with the resolved credentials; the caller closes it. */
  MomoClient clientFor(Product product, String callbackUrl) {
    var preset = PresetUser.of(SimulatorConfig.defaults(), product);
    var builder = MomoClient.builder()
        .baseUrl(baseUrl)
        .targetEnvironment(targetEnvironment)
        .credentials(product,
            setting(subscriptionKey, product, "SUBSCRIPTION_KEY", preset.subscriptionKey()),
            setting(apiUser, product, "API_USER", preset.apiUser()),
            setting(apiKey, product, "API_KEY", preset.apiKey()));
    if (callbackUrl != null) {
      builder.callbackUrl(callbackUrl);
    }
    return builder.build();
  }

  /** A client with no product credentials, for provisioning. */
  MomoClient provisioningClient() {
    return MomoClient.builder().baseUrl(baseUrl).targetEnvironment(targetEnvironment).build();
  }

  String subscriptionKeyFor(Product product) {
    return setting(subscriptionKey, product, "SUBSCRIPTION_KEY",
        PresetUser.of(SimulatorConfig.defaults(), product).subscriptionKey());
  }

  private static String setting(String flag, Product product, String suffix, String fallback) {
    if (flag != null && !flag.isBlank()) {
      return flag;
    }
    String fromEnvironment = System.getenv("MOMO_" + product.name().toUpperCase(Locale.ROOT) + "_" + suffix);
    return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : fallback;
  }
}
