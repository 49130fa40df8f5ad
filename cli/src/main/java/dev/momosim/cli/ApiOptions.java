package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  /**
   * Runs {@code call} with a client for one product and the resolved credentials; {@code render}
   * prints the result and chooses the exit code.
   */
  <T> int run(
      CommandSpec command,
      Product product,
      Duration patience,
      Function<MomoClient, Future<T>> call,
      ToIntFunction<T> render) {
    var preset = PresetUser.of(SimulatorConfig.defaults(), product);
    String subscriptionKey = endpoint.subscriptionKeyFor(product);
    String user = ApiEndpointOptions.setting(apiUser, product, "API_USER", preset.apiUser());
    String key = ApiEndpointOptions.setting(apiKey, product, "API_KEY", preset.apiKey());
    return endpoint.run(
        command,
        patience,
        vertx ->
            UsageException.check(
                () ->
                    endpoint
                        .clientBuilder(vertx)
                        .credentials(product, subscriptionKey, user, key)
                        .build()),
        call,
        render);
  }
}
