package dev.momosim.cli;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.app.port.Durability;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.config.ControlSettings;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim serve}: runs the simulator until SIGTERM or Ctrl-C, then stops gracefully (no new
 * connections, requests in flight finish within {@code limits.shutdownGraceSeconds};
 * docs/limits.md) and exits 0. Prints exactly one line, {@code momo-sim listening on
 * http://HOST:PORT}, to standard output once it accepts requests; the subscription keys it accepts
 * and who may use the control API (with the admin token and ready-to-open dashboard links when one
 * was generated) go to standard error. A bad setup is refused in one line, exit code 2.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the simulator.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "${env:MOMO_SIM_PORT}",
      description =
          "Port to listen on; 0 picks a free one. Default: $MOMO_SIM_PORT, else port in the config"
              + " file, else 8080.")
  Integer port;

  @Option(
      names = "--port-file",
      paramLabel = "FILE",
      defaultValue = "${env:MOMO_SIM_PORT_FILE}",
      description =
          "Once it answers, write the port it listens on to FILE (replaced whole, never half"
              + " written), for health checks. Default: $MOMO_SIM_PORT_FILE, else none.")
  Path portFile;

  @Option(
      names = "--host",
      defaultValue = "${env:MOMO_SIM_HOST}",
      description =
          "Address to listen on. Default: $MOMO_SIM_HOST, else host in the config file,"
              + " else 127.0.0.1.")
  String host;

  @Option(
      names = "--event-loops",
      paramLabel = "N",
      defaultValue = "${env:MOMO_SIM_EVENT_LOOPS}",
      description =
          "Answer HTTP on N event loops (1 to 256), over the one simulator. Default:"
              + " $MOMO_SIM_EVENT_LOOPS, else eventLoops in the config file, else one per"
              + " available processor.")
  Integer eventLoops;

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

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:MOMO_SIM_ADMIN_TOKEN}",
      description =
          "Require this token (16+ characters) on the control API and the dashboard. Default:"
              + " $MOMO_SIM_ADMIN_TOKEN, else control.adminToken in the config file, else none on"
              + " loopback and a generated one, printed once, beyond it.")
  String adminToken;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:MOMO_SIM_DATA_DIR}",
      description =
          "Keep the state in DIR, durably across restarts and kill -9 (docs/state.md). Default:"
              + " $MOMO_SIM_DATA_DIR, else in memory only.")
  Path dataDir;

  @Option(
      names = "--database-url",
      paramLabel = "URL",
      defaultValue = "${env:MOMO_SIM_DATABASE_URL}",
      description =
          "Keep the state in this PostgreSQL database, postgresql://USER:PASSWORD@HOST:PORT/DB:"
              + " every instance started on it is one simulator (docs/shared.md). Default:"
              + " $MOMO_SIM_DATABASE_URL, else storage.databaseUrl in the config file.")
  String databaseUrl;

  @Option(
      names = "--durability",
      paramLabel = "process|fsync",
      description =
          "With --data-dir: process (a change survives the simulator being killed; default) or"
              + " fsync (it survives power loss too).")
  Durability durability;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "Start from this state document (from state export or GET /_sim/state).")
  Path state;

  // issue 16: HTTPS and the interception of MTN's hosts (docs/https.md)
  @Option(
      names = "--https-port",
      paramLabel = "N",
      description =
          "Also serve HTTPS on this port (0 picks a free one) with a certificate from the local"
              + " CA (docs/https.md). Default: none.")
  Integer httpsPort;

  @Option(
      names = "--tls-name",
      paramLabel = "NAME",
      description =
          "A host name or IP address the certificate also holds and CONNECT is intercepted for,"
              + " beside localhost and MTN's hosts (repeatable).")
  List<String> tlsNames = new ArrayList<>();

  @Option(
      names = "--ca-dir",
      paramLabel = "DIR",
      defaultValue = "${env:MOMO_SIM_CA_DIR}",
      description =
          "Where the local CA is kept. Default: $MOMO_SIM_CA_DIR, else tls.caDir, else ca in"
              + " --data-dir, else ~/.momo-sim.")
  Path caDir;

  @Option(
      names = "--token-clock",
      paramLabel = "simulator|wall",
      description =
          "The clock tokens expire on: simulator (default; clock advance expires them) or wall"
              + " (clients that cache tokens keep working while you move the clock).")
  String tokenClock;

  @Override
  public Integer call() throws InterruptedException {
    SimulatorConfig settings = settings();
    return CommandRunner.withEventLoops(spec, settings.eventLoops())
        .untilStopped(
            "cannot start",
            Duration.ofSeconds(30),
            vertx -> MomoSimulator.start(vertx, settings).recover(ServeCommand::badSetting),
            simulator -> {
              simulator.recovered().forEach(line -> spec.commandLine().getErr().println(line));
              simulator.storage().ifPresent(line -> spec.commandLine().getErr().println(line));
              StartupBanner.print(spec.commandLine().getErr(), settings);
              AccessBanner.print(spec.commandLine().getErr(), simulator);
              if (portFile != null && !portFile.toString().isBlank()) {
                PortFile.write(portFile, simulator.port(), spec.commandLine().getErr());
              }
              spec.commandLine().getOut().println("momo-sim listening on " + simulator.baseUrl());
              simulator
                  .httpsUrl()
                  .ifPresent(
                      url -> spec.commandLine().getOut().println("momo-sim https on " + url));
              HttpsBanner.print(spec.commandLine().getErr(), simulator);
            },
            MomoSimulator::close,
            MomoSimulator::stopTimeout);
  }

  /**
   * The configuration from the file and the flags. SimulatorConfig refuses a bad value with an
   * IllegalArgumentException and an unreadable file with an UncheckedIOException: here both are the
   * person's mistake.
   */
  private SimulatorConfig settings() {
    try {
      return configured();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UsageException("cannot start: " + e.getMessage(), e);
    }
  }

  /**
   * SimulatorConfig checks some values only when the simulator reads them, as it starts (the port,
   * for one); its IllegalArgumentException then is the person's mistake too.
   */
  private static Future<MomoSimulator> badSetting(Throwable failure) {
    return Future.failedFuture(
        failure instanceof IllegalArgumentException
            ? new UsageException(failure.getMessage(), failure)
            : failure);
  }

  private SimulatorConfig configured() {
    SimulatorConfig settings =
        config == null ? SimulatorConfig.defaults() : SimulatorConfig.fromFile(config);
    if (port != null) {
      settings = settings.withPort(port);
    }
    if (host != null && !host.isBlank()) {
      settings = settings.withHost(host);
    }
    if (eventLoops != null) {
      settings = settings.withEventLoops(eventLoops);
    }
    for (Map.Entry<String, String> key : subscriptionKeys.entrySet()) {
      Product product =
          Product.fromPathName(key.getKey())
              .orElseThrow(
                  () ->
                      new UsageException(
                          "cannot start: --subscription-key: unknown product "
                              + key.getKey()
                              + " (collection, disbursement, remittance)"));
      settings = settings.withSubscriptionKey(product, key.getValue());
    }
    if (approvalMode != null) {
      settings = settings.withApprovalMode(approvalMode);
    }
    if (dataDir != null) {
      settings = settings.withDataDir(dataDir);
    }
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      settings = settings.withDatabaseUrl(databaseUrl);
    }
    if (durability != null) {
      settings = settings.withDurability(durability);
    }
    if (state != null) {
      settings = settings.withState(state);
    }
    if (httpsPort != null) {
      settings = settings.withHttpsPort(httpsPort);
    }
    if (!tlsNames.isEmpty()) {
      List<String> names = new ArrayList<>(settings.tls().names());
      names.addAll(tlsNames);
      settings = settings.withTlsNames(names);
    }
    if (caDir != null && !caDir.toString().isBlank()) {
      settings = settings.withCaDir(caDir);
    }
    if (tokenClock != null) {
      settings =
          settings.merge(
              new io.vertx.core.json.JsonObject()
                  .put("tokens", new io.vertx.core.json.JsonObject().put("clock", tokenClock))
                  .encode());
    }
    if (adminToken != null && !adminToken.isBlank()) {
      ControlSettings.checkToken(adminToken, "--admin-token (or MOMO_SIM_ADMIN_TOKEN)");
      settings = settings.withAdminToken(adminToken);
    }
    return settings;
  }
}
