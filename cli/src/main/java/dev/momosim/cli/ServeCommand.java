package dev.momosim.cli;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim serve}: runs the simulator until SIGTERM or Ctrl-C. Prints exactly one line,
 * {@code momo-sim listening on http://HOST:PORT}, to standard output once it accepts requests; the
 * subscription keys it accepts go to standard error. A bad setup is refused in one line, exit code
 * 2.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the simulator.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port to listen on; 0 picks a free one. Default: 8080.")
  Integer port;

  @Option(names = "--host", description = "Address to listen on. Default: 127.0.0.1.")
  String host;

  @Option(
      names = "--config",
      description = "JSON config file merged over the defaults (see README).")
  Path config;

  @Option(
      names = "--subscription-key",
      paramLabel = "PRODUCT=KEY",
      description = "Replace a product's subscription keys, e.g. collection=0f1e... (repeatable).")
  Map<String, String> subscriptionKeys = new LinkedHashMap<>();

  @Option(
      names = "--approval-mode",
      paramLabel = "auto|manual",
      description = "What happens to payments no rule matches. Default: auto.")
  ApprovalMode approvalMode;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    SimulatorConfig settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("momo-sim: cannot start: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    Vertx vertx = Vertx.vertx();
    MomoSimulator simulator;
    try {
      simulator =
          MomoSimulator.start(vertx, settings)
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      vertx.close();
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "momo-sim: cannot start: " + (e.getCause() == null ? e : e.getCause()).getMessage());
      err.flush();
      return ExitCodes.SOFTWARE;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(vertx), "momo-sim-shutdown"));
    StartupBanner.print(spec.commandLine().getErr(), settings);
    PrintWriter out = spec.commandLine().getOut();
    out.println("momo-sim listening on " + simulator.baseUrl());
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private SimulatorConfig settings() {
    SimulatorConfig settings =
        config == null ? SimulatorConfig.defaults() : SimulatorConfig.fromFile(config);
    if (port != null) {
      settings = settings.withPort(port);
    }
    if (host != null) {
      settings = settings.withHost(host);
    }
    for (Map.Entry<String, String> key : subscriptionKeys.entrySet()) {
      Product product =
          Product.fromPathName(key.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--subscription-key: unknown product "
                              + key.getKey()
                              + " (collection, disbursement, remittance)"));
      settings = settings.withSubscriptionKey(product, key.getValue());
    }
    if (approvalMode != null) {
      settings = settings.withApprovalMode(approvalMode);
    }
    return settings;
  }

  /**
   * Closing Vert.x undeploys the simulator, which closes its server, then stops the event loops.
   */
  private void shutDown(Vertx vertx) {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Shutting down anyway: the process is exiting.
    } finally {
      stopped.countDown();
    }
  }
}
