package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where the payment and provisioning commands call the MoMo API, and with which subscription key.
 * Each setting comes from its flag, else the client's environment variable ({@code MOMO_BASE_URL},
 * {@code MOMO_<PRODUCT>_SUBSCRIPTION_KEY}, ...), else the local simulator's defaults.
 */
final class ApiEndpointOptions {
  /** The client gives up first; this only guards against a hang. */
  private static final Duration GUARD = Duration.ofSeconds(60);

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

  /**
   * Runs one use of the MoMo API through the {@link CommandRunner}: {@code opening} makes a client
   * on the runner's Vert.x, {@code call} uses it, and the client is closed once the result is in.
   * {@code patience} is how long the call itself may take.
   */
  <T> int run(
      CommandSpec command,
      Duration patience,
      Function<Vertx, MomoClient> opening,
      Function<MomoClient, Future<T>> call,
      ToIntFunction<T> render) {
    return new CommandRunner(command)
        .run(
            "the MoMo API at " + baseUrl,
            patience.plus(GUARD),
            vertx -> {
              MomoClient client = opening.apply(vertx);
              return call.apply(client).eventually(client::close);
            },
            render);
  }

  /** A client builder on {@code vertx} for this API, with no product credentials yet. */
  MomoClientBuilder clientBuilder(Vertx vertx) {
    return UsageException.check(
        () ->
            MomoClient.builder()
                .vertx(vertx)
                .baseUrl(baseUrl)
                .targetEnvironment(targetEnvironment));
  }

  String subscriptionKeyFor(Product product) {
    return setting(
        subscriptionKey,
        product,
        "SUBSCRIPTION_KEY",
        PresetUser.of(SimulatorConfig.defaults(), product).subscriptionKey());
  }

  /** A {@code --product} value; an unknown one is a usage error. */
  static Product product(String name) {
    return UsageException.check(() -> Product.parse(name));
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
