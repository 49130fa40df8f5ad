package dev.momosim.shop;

import dev.momosim.client.MomoClient;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-shop}: starts the shop and keeps it running until the process is stopped. Prints one
 * line {@code momo-shop listening on URL} once it accepts requests.
 */
@Command(
    name = "momo-shop",
    mixinStandardHelpOptions = true,
    description = "The brief's point-of-sale shop on MoMo, built on the momo-sim client.")
public final class ShopCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "Port to listen on (0: a free one); default SHOP_PORT or 3000.")
  private Integer port;

  @Spec private CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  ShopCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  public static void main(String[] args) {
    int code = new CommandLine(new ShopCommand(System.getenv())).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ShopConfig config;
    MomoClient momo;
    Vertx vertx = Vertx.vertx();
    try {
      config = ShopConfig.fromEnvironment(environment);
      if (port != null) {
        config = config.withPort(port);
      }
      momo = ShopConfig.client(environment).vertx(vertx).build();
    } catch (IllegalArgumentException bad) {
      err.println("momo-shop: " + bad.getMessage());
      vertx.close();
      return 2;
    }
    Shop shop;
    try {
      shop =
          Shop.start(vertx, momo, config)
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException failed) {
      err.println("momo-shop: could not start: " + failed.getCause().getMessage());
      vertx.close();
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    shop.close()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
                    vertx
                        .close()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
                  } catch (Exception ignored) {
                    // stopping anyway
                  }
                },
                "momo-shop-shutdown"));
    out.println("momo-shop: MoMo API at " + momo.config().baseUrl());
    out.println("momo-shop listening on " + shop.url());
    out.flush();
    return 0;
  }
}
