package dev.momosim.cli;

import dev.momosim.client.product.Product;
import dev.momosim.client.provisioning.Provisioning;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim provision}: create a sandbox API user and key (on the simulator or MTN's sandbox)
 * and print them; {@code --format env} prints {@code export MOMO_<PRODUCT>_...=} lines for {@code
 * eval "$(momo-sim provision ... --format env)"}. Never exits 0 on failure.
 */
@Command(
    name = "provision",
    mixinStandardHelpOptions = true,
    description = "Create a sandbox API user and API key and print them.")
public final class ProvisionCommand implements Callable<Integer> {
  /** How the credentials print. */
  enum Format {
    TEXT,
    JSON,
    ENV
  }

  @Spec CommandSpec spec;

  @Mixin ApiEndpointOptions api;

  @Option(
      names = "--product",
      defaultValue = "collection",
      paramLabel = "P",
      description = "The product whose subscription key creates the user. Default: collection.")
  String product;

  @Option(
      names = "--callback-host",
      required = true,
      paramLabel = "HOST",
      description =
          "providerCallbackHost: the host your X-Callback-Url will use, e.g. webhook.example.com.")
  String callbackHost;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|env",
      description = "text, json, or env (export lines for eval in a POSIX shell). Default: text.")
  Format format;

  @Override
  public Integer call() {
    Product chosen = ApiEndpointOptions.product(product);
    String subscriptionKey = api.subscriptionKeyFor(chosen);
    return api.run(
        spec,
        Duration.ofSeconds(60),
        vertx -> api.clientBuilder(vertx).build(),
        momo -> {
          Provisioning provisioning = momo.provisioning(subscriptionKey);
          return UsageException.check(() -> provisioning.createApiUser(callbackHost))
              .compose(
                  user -> provisioning.createApiKey(user).map(key -> new String[] {user, key}));
        },
        created -> {
          print(spec.commandLine().getOut(), chosen, subscriptionKey, created[0], created[1]);
          return ExitCodes.OK;
        });
  }

  private void print(
      PrintWriter out, Product chosen, String subscriptionKey, String user, String key) {
    String prefix = "MOMO_" + chosen.name().toUpperCase(Locale.ROOT) + "_";
    switch (format) {
      case ENV -> {
        // Exported, so that after eval the commands and programs the shell starts see them too.
        out.println("export " + prefix + "SUBSCRIPTION_KEY=" + subscriptionKey);
        out.println("export " + prefix + "API_USER=" + user);
        out.println("export " + prefix + "API_KEY=" + key);
      }
      case JSON ->
          out.println(
              new JsonObject()
                  .put("product", chosen.name().toLowerCase(Locale.ROOT))
                  .put("subscriptionKey", subscriptionKey)
                  .put("apiUser", user)
                  .put("apiKey", key)
                  .put("providerCallbackHost", callbackHost)
                  .encodePrettily());
      default -> {
        out.println("API user: " + user);
        out.println("API key:  " + key);
        out.println(
            "(product "
                + chosen.name().toLowerCase(Locale.ROOT)
                + ", callback host "
                + callbackHost
                + ")");
      }
    }
    out.flush();
  }
}
