package dev.momosim.simulator;

import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.behaviour.ScenarioReader;
import dev.momosim.simulator.config.TenantSettings;
import dev.momosim.simulator.control.ControlAccess;
import dev.momosim.simulator.control.ControlGuard;
import dev.momosim.simulator.control.ControlRoutes;
import dev.momosim.simulator.control.LocalSimulatorControl;
import dev.momosim.simulator.http.ApiRouter;
import dev.momosim.simulator.http.ApiServices;
import dev.momosim.simulator.http.BackgroundLog;
import dev.momosim.simulator.http.ConnectionGuard;
import dev.momosim.simulator.http.HttpsListeners;
import dev.momosim.simulator.http.ProxyRequests;
import dev.momosim.simulator.http.RequestJournalHandler;
import dev.momosim.simulator.http.UnreadableRequests;
import dev.momosim.simulator.tls.LocalCa;
import dev.momosim.simulator.tls.ServerIdentity;
import dev.momosim.simulator.tls.TlsNames;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one verticle: wires the adapters (MoMo API, control API, dashboard, callbacks) to the
 * application services and serves them on one HTTP port, answered by one server per event loop
 * ({@code eventLoops}; {@link EventLoopServers}). The verticle's context owns the core (its clock
 * timers, the event stream); the handlers are thread-safe and run on whichever event loop took the
 * connection.
 */
final class SimulatorVerticle extends VerticleBase {
  /** How long stopping waits for the log writer to write what it was handed. */
  private static final Duration LOG_PATIENCE = Duration.ofSeconds(5);

  /** How long stopping waits for the callbacks not sent to be journalled so. */
  private static final Duration CALLBACK_PATIENCE = Duration.ofSeconds(5);

  /**
   * How long stopping waits for the state store to close (a data directory writes its last
   * snapshot).
   */
  private static final Duration STORE_PATIENCE = Duration.ofSeconds(20);

  private final Simulation simulation;
  private final Function<SimulatorStore, Simulation> tenantSimulation;
  private final TenantStores tenantStores;
  private final TenantClocks tenantClocks;
  private final ControlAccess access;
  private EventLoopServers servers;
  private TenantCore defaultCore;
  private Tenants tenants;
  private BackgroundLog log;
  private ConnectionGuard connections;
  private HttpsListeners https;
  private volatile String httpsUrl;
  private volatile LocalCa ca;

  /**
   * @param tenantStores where the tenants beside the default one keep their state
   * @param tenantClocks the token clock of their users, bound to the tenants here
   * @param tenantSimulation builds the simulation of such a tenant on its opened store
   */
  SimulatorVerticle(
      Simulation simulation,
      TenantStores tenantStores,
      TenantClocks tenantClocks,
      Function<SimulatorStore, Simulation> tenantSimulation) {
    this.simulation = simulation;
    this.tenantStores = tenantStores;
    this.tenantClocks = tenantClocks;
    this.tenantSimulation = tenantSimulation;
    this.access =
        ControlAccess.forBinding(
            simulation.config().host(), simulation.config().control().adminToken());
  }

  @Override
  public Future<?> start() {
    SimulatorConfig config = simulation.config();
    log = new BackgroundLog("dev.momosim.simulator");
    defaultCore = core(TenantSettings.DEFAULT, simulation);
    tenants =
        new Tenants(
            config.tenants(),
            tenantStores,
            simulation.provisioning(),
            simulation.store().apiUsers(),
            simulation.store().tokens(),
            simulation.store().changes(),
            defaultCore,
            (id, store) -> core(id, tenantSimulation.apply(store)));
    tenantClocks.bind(tenants);
    ApiServices services =
        new ApiServices(
            simulation.access(),
            simulation.provisioning(),
            tenants,
            config.reasonAsObject(),
            config.emptyPartyStatus(),
            config.bodyLimitBytes(),
            config.storage().maxStateBytes(),
            config.logsRequests(),
            simulation.consents(),
            config.userInfoAsDeclared(),
            simulation.store()::unavailable,
            simulation.time()::refresh,
            new ScenarioReader(config.ruleParser()));
    var router =
        ApiRouter.create(
            vertx,
            services,
            log,
            List.of(
                new RequestJournalHandler(defaultCore.services(), services::tenant),
                new ControlGuard(access)),
            List.of(
                new ApiRouter.Mount(
                    "/_sim/*",
                    new ControlRoutes(tenants, simulation.store()::reachable).router(vertx))));
    connections = new ConnectionGuard(config.settings().limits(), log::info);
    HttpServerOptions options =
        new HttpServerOptions()
            .setHost(config.host())
            .setPort(config.port())
            .setCompressionSupported(false)
            // HTTP/1.1 only: with cleartext HTTP/2 on, Vert.x would set a connection up
            // only once its first bytes arrive, so a silent one would go uncounted
            .setHttp2ClearTextEnabled(false)
            .setMaxFormAttributeSize(config.bodyLimitBytes());
    Handler<HttpServerRequest> api = UnreadableRequests.requireHost(router);
    https =
        new HttpsListeners(
            vertx,
            this::serverIdentity,
            api,
            new ConnectionGuard(config.settings().limits(), log::info),
            options,
            log::info);
    Set<String> intercepted = new HashSet<>(TlsNames.MTN_HOSTS);
    config.tls().names().forEach(name -> intercepted.add(TlsNames.normalize(name)));
    String ownHost = TlsNames.normalize(config.host());
    ProxyRequests proxy =
        new ProxyRequests(
            intercepted::contains,
            host -> ControlAccess.isLoopbackName(host) || host.equals(ownHost),
            https,
            connections,
            simulation.requestJournal(),
            simulation.time()::now,
            log::info);
    Handler<HttpServerRequest> requests = connections.requests(proxy.requests(api));
    servers = new EventLoopServers(vertx, context, config.eventLoops());
    if (servers.distinctEventLoops() < config.eventLoops()) {
      log.info(
          "eventLoops "
              + config.eventLoops()
              + ": this Vert.x instance has "
              + servers.distinctEventLoops()
              + " event loops, so some servers share one (raise VertxOptions.eventLoopPoolSize)");
    }
    return defaultCore
        .start()
        .compose(started -> tenants.start())
        .compose(
            started ->
                servers.listen(
                    options,
                    server ->
                        server
                            .connectionHandler(connections.connections())
                            .invalidRequestHandler(UnreadableRequests::answerUndecodable)
                            .requestHandler(requests)))
        .compose(listening -> listenHttps(config));
  }

  /** The HTTPS port, when one is configured; its address in {@link #httpsUrl}. */
  private Future<?> listenHttps(SimulatorConfig config) {
    Integer port = config.tls().httpsPort();
    if (port == null) {
      return Future.succeededFuture();
    }
    return https
        .listen(
            config.host(),
            port,
            actual -> "https://" + MomoSimulator.displayHost(config.host()) + ":" + actual)
        .onSuccess(url -> httpsUrl = url);
  }

  /**
   * The server certificate, from the local CA opened (or created) off the event loop: for the
   * loopback names, MTN's hosts, the names configured and the address listened on.
   */
  private Future<ServerIdentity> serverIdentity() {
    SimulatorConfig config = simulation.config();
    List<String> names = new ArrayList<>(TlsNames.LOOPBACK);
    names.addAll(TlsNames.MTN_HOSTS);
    names.addAll(config.tls().names());
    String host = TlsNames.normalize(config.host());
    if (!host.equals("0.0.0.0") && !host.equals("::")) {
      names.add(host);
    }
    return vertx.executeBlocking(
        () -> {
          LocalCa opened = LocalCa.openOrCreate(config.caDirectory());
          ca = opened;
          if (opened.created()) {
            log.info("created the local CA " + opened.certificateFile() + " (docs/https.md)");
          }
          return opened.issue(names);
        });
  }

  /**
   * Graceful: the server stops accepting and lets the requests in flight finish (bounded by {@code
   * limits.shutdownGraceSeconds}); then the clock stops, the callbacks not sent yet are journalled
   * as such, and the log is written out.
   */
  @Override
  public Future<?> stop() {
    Future<Void> drained =
        Future.join(
                servers == null
                    ? Future.succeededFuture()
                    : connections.shutdown(vertx, servers.servers()),
                https == null ? Future.succeededFuture() : https.close())
            .mapEmpty();
    return drained
        .eventually(() -> tenants.stopOthers(CALLBACK_PATIENCE))
        .eventually(() -> defaultCore.stop(CALLBACK_PATIENCE, STORE_PATIENCE))
        .eventually(
            () ->
                vertx.executeBlocking(
                    () -> {
                      log.closeAndFlush(LOG_PATIENCE);
                      return null;
                    }));
  }

  /** The longest {@link #stop} takes: the sum of its steps' bounds. */
  Duration stopTimeout() {
    return connections
        .shutdownTimeout()
        .plus(CALLBACK_PATIENCE) // the other tenants'
        .plus(CALLBACK_PATIENCE)
        .plus(STORE_PATIENCE)
        .plus(LOG_PATIENCE);
  }

  /** The HTTPS port's address, when one is configured. */
  Optional<String> httpsUrl() {
    return Optional.ofNullable(httpsUrl);
  }

  /** The local CA, once opened (at start with an HTTPS port, else at the first interception). */
  Optional<LocalCa> ca() {
    return Optional.ofNullable(ca);
  }

  int actualPort() {
    return servers.actualPort();
  }

  /** The default tenant's control. */
  LocalSimulatorControl control() {
    return defaultCore.control();
  }

  /** The control of each tenant. */
  Tenants tenants() {
    return tenants;
  }

  private TenantCore core(String id, Simulation of) {
    return new TenantCore(id, vertx, context, of, simulation.access(), simulation.consents(), log);
  }

  ControlAccess access() {
    return access;
  }
}
