package dev.momosim.simulator;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TenantControls;
import dev.momosim.simulator.tls.LocalCa;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A running simulator: the handle the CLI, the JUnit extension and tests use.
 *
 * <pre>{@code
 * MomoSimulator sim = MomoSimulator.start(vertx, SimulatorConfig.defaults().withPort(0))
 *     .toCompletionStage().toCompletableFuture().join();
 * String baseUrl = sim.baseUrl(); // http://127.0.0.1:PORT
 * }</pre>
 *
 * Thread-safe. {@link #close()} stops the server gracefully; the caller's Vert.x instance stays
 * open.
 */
public final class MomoSimulator {
  private final Vertx vertx;
  private final String deploymentId;
  private final SimulatorVerticle verticle;
  private final Simulation simulation;

  private final List<String> recovered;
  private final Optional<String> storage;

  private MomoSimulator(
      Vertx vertx,
      String deploymentId,
      SimulatorVerticle verticle,
      Simulation simulation,
      List<String> recovered,
      Optional<String> storage) {
    this.vertx = vertx;
    this.storage = storage;
    this.deploymentId = deploymentId;
    this.verticle = verticle;
    this.simulation = simulation;
    this.recovered = List.copyOf(recovered);
  }

  /** Starts a simulator; the Future fails if the configuration is invalid or the port is taken. */
  public static Future<MomoSimulator> start(Vertx vertx, SimulatorConfig config) {
    return start(vertx, config, Clock.systemUTC());
  }

  /** Starts a simulator whose clock follows {@code baseClock} instead of the system clock. */
  public static Future<MomoSimulator> start(Vertx vertx, SimulatorConfig config, Clock baseClock) {
    // Opening a data directory or reading a state document blocks: never on an event loop.
    return Stores.open(vertx, config)
        .compose(
            opened -> {
              TenantClocks tenantClocks = new TenantClocks();
              Simulation simulation =
                  new Simulation(
                      config, baseClock, opened.store(), opened.initialState(), tenantClocks);
              SimulatorConfig tenantConfig = config.forTenant();
              SimulatorVerticle verticle =
                  new SimulatorVerticle(
                      simulation,
                      Stores.forTenants(vertx, tenantConfig),
                      tenantClocks,
                      store ->
                          new Simulation(
                              tenantConfig,
                              baseClock,
                              store,
                              Optional.empty(),
                              user -> Future.succeededFuture(Optional.empty())));
              return vertx
                  .deployVerticle(verticle)
                  .map(
                      id ->
                          new MomoSimulator(
                              vertx,
                              id,
                              verticle,
                              simulation,
                              opened.recovered(),
                              opened.description()))
                  .recover(
                      failure ->
                          opened.store().close().transform(closed -> Future.failedFuture(failure)));
            });
  }

  /**
   * What opening the data directory repaired, one line each (a record cut short by a crash); empty
   * without a data directory.
   */
  public List<String> recovered() {
    return recovered;
  }

  /** A line saying where the state is kept, where it is not in this process only. */
  public Optional<String> storage() {
    return storage;
  }

  public int port() {
    return verticle.actualPort();
  }

  /** The address to give clients, e.g. {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    return "http://" + displayHost(simulation.config().host()) + ":" + port();
  }

  /** The host part of an address to give clients for a simulator listening on {@code host}. */
  static String displayHost(String host) {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return shown.contains(":") ? "[" + shown + "]" : shown;
  }

  /**
   * The HTTPS address, e.g. {@code https://127.0.0.1:8443}, when an HTTPS port is configured
   * ({@code tls.httpsPort}, {@code serve --https-port}); docs/https.md.
   */
  public Optional<String> httpsUrl() {
    return verticle.httpsUrl();
  }

  /**
   * The local certificate authority's certificate file (PEM) clients trust, once the CA is open: at
   * start when an HTTPS port is configured, else at the first intercepted {@code CONNECT}.
   */
  public Optional<Path> caCertificateFile() {
    return verticle.ca().map(LocalCa::certificateFile);
  }

  /**
   * The admin token every control-API and dashboard request must carry: the configured one ({@code
   * control.adminToken}), or one generated at start because the simulator listens beyond loopback.
   * Empty when none is needed (loopback, no token configured: only the simulator's own origin may
   * use the control API). A secret: show it to the person who started the simulator, never log it.
   */
  public Optional<String> adminToken() {
    return verticle.access().token();
  }

  /** Whether {@link #adminToken()} was generated at start rather than configured. */
  public boolean adminTokenGenerated() {
    return verticle.access().generated();
  }

  /** The default tenant's control (docs/tenants.md). */
  public SimulatorControl control() {
    return verticle.control();
  }

  /**
   * The control of one tenant (docs/tenants.md); null for the default tenant.
   *
   * @throws dev.momosim.simulator.domain.MomoException 404 for an unknown tenant
   */
  public SimulatorControl control(String tenant) {
    return verticle.tenants().control(tenant);
  }

  /** The tenants (docs/tenants.md): list, make, delete. */
  public TenantControls tenants() {
    return verticle.tenants();
  }

  public SimulatorConfig config() {
    return simulation.config();
  }

  /**
   * Stops gracefully (docs/limits.md): new connections are refused at once, requests in flight
   * finish within {@code limits.shutdownGraceSeconds} (those still running then are answered 503),
   * and the log is written out. The Future completes when all of that is done.
   */
  public Future<Void> close() {
    return vertx.undeploy(deploymentId);
  }

  /**
   * The longest {@link #close()} may take: the grace period ({@code limits.shutdownGraceSeconds}),
   * the second after it in which connections that are still open are closed by force, and the
   * bounded waits for callbacks not sent to be journalled, for the state store to close (its last
   * snapshot, with a data directory) and for the log to be written out.
   */
  public Duration stopTimeout() {
    return verticle.stopTimeout();
  }
}
