package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.Product;
import dev.momosim.simulator.SimulatorConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where and as whom the payment commands call the MoMo API: the {@link ApiEndpointOptions} and an
 * API user. Each setting comes from its flag, else the client's environment variable ({@code
 * MOMO_<PRODUCT>_API_USER}, ...), else the local simulator's preset users, so the commands work
 * against {@code momo-sim serve} with no setup at all.
 */
final class ApiOptions {
  @Mixin ApiEndpointOptions endpoint;

  @Option(
      names = "--api-user",
      paramLabel = "UUID",
      description = "Default: $MOMO_<PRODUCT>_API_USER, else the simulator's preset user.")
  String apiUser;

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      description = "Default: $MOMO_<PRODUCT>_API_KEY, else the simulator's preset user's key.")
  String apiKey;

  /** A client for one product with the resolved credentials; the caller closes it. */
  MomoClient clientFor(Product product, String callbackUrl) {
    var preset = PresetUser.of(SimulatorConfig.defaults(), product);
    var builder =
        endpoint
            .clientBuilder()
            .credentials(
                product,
                endpoint.subscriptionKeyFor(product),
                ApiEndpointOptions.setting(apiUser, product, "API_USER", preset.apiUser()),
                ApiEndpointOptions.setting(apiKey, product, "API_KEY", preset.apiKey()));
    if (callbackUrl != null) {
      builder.callbackUrl(callbackUrl);
    }
    return builder.build();
  }
}
