package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.Product;
import dev.momosim.simulator.SimulatorConfig;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Where the payment and provisioning commands call the MoMo API, and with which subscription key.
 * Each setting comes from its flag, else the client's environment variable ({@code MOMO_BASE_URL},
 * {@code MOMO_<PRODUCT>_SUBSCRIPTION_KEY}, ...), else the local simulator's defaults.
 */
final class ApiEndpointOptions {
  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = "${env:MOMO_BASE_URL:-http://127.0.0.1:8080}",
      description =
          "The MoMo API. Default: $MOMO_BASE_URL, else the local simulator http://127.0.0.1:8080.")
  String baseUrl;

  @Option(
      names = "--target-environment",
      paramLabel = "ENV",
      defaultValue = "${env:MOMO_TARGET_ENVIRONMENT:-sandbox}",
      description = "X-Target-Environment. Default: $MOMO_TARGET_ENVIRONMENT, else sandbox.")
  String targetEnvironment;

  @Option(
      names = "--subscription-key",
      paramLabel = "KEY",
      description = "Default: $MOMO_<PRODUCT>_SUBSCRIPTION_KEY, else the simulator's default key.")
  String subscriptionKey;

  /** A client builder for this API, with no product credentials yet. */
  MomoClientBuilder clientBuilder() {
    return MomoClient.builder().baseUrl(baseUrl).targetEnvironment(targetEnvironment);
  }

  String subscriptionKeyFor(Product product) {
    return setting(
        subscriptionKey,
        product,
        "SUBSCRIPTION_KEY",
        PresetUser.of(SimulatorConfig.defaults(), product).subscriptionKey());
  }

  /** The flag, else {@code $MOMO_<PRODUCT>_<SUFFIX>}, else the fallback. */
  static String setting(String flag, Product product, String suffix, String fallback) {
    if (flag != null && !flag.isBlank()) {
      return flag;
    }
    String fromEnvironment =
        System.getenv("MOMO_" + product.name().toUpperCase(Locale.ROOT) + "_" + suffix);
    return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : fallback;
  }
}
