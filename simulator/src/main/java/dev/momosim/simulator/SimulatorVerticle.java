package dev.momosim.simulator;

import dev.momosim.simulator.app.Callbacks;
import dev.momosim.simulator.app.StateTransfer;
import dev.momosim.simulator.callback.CallbackSender;
import dev.momosim.simulator.config.CallbackSettings;
import dev.momosim.simulator.control.ControlAccess;
import dev.momosim.simulator.control.ControlGuard;
import dev.momosim.simulator.control.ControlRoutes;
import dev.momosim.simulator.control.EventHub;
import dev.momosim.simulator.control.LocalSimulatorControl;
import dev.momosim.simulator.http.ApiRouter;
import dev.momosim.simulator.http.ApiServices;
import dev.momosim.simulator.http.BackgroundLog;
import dev.momosim.simulator.http.ConnectionGuard;
import dev.momosim.simulator.http.RequestJournalHandler;
import dev.momosim.simulator.http.TransactionJson;
import dev.momosim.simulator.http.UnreadableRequests;
import dev.momosim.simulator.state.StateJson;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one verticle: wires the adapters (MoMo API, control API, dashboard, callbacks) to the
 * application services and serves them on one HTTP server.
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
  private final ControlAccess access;
  private HttpServer server;
  private ClockDriver clockDriver;
  private LocalSimulatorControl control;
  private CallbackSender callbackSender;
  private BackgroundLog log;
  private ConnectionGuard connections;
  private EventHub events;

  SimulatorVerticle(Simulation simulation) {
    this.simulation = simulation;
    this.access =
        ControlAccess.forBinding(
            simulation.config().host(), simulation.config().control().adminToken());
  }

  @Override
  public Future<?> start() {
    SimulatorConfig config = simulation.config();
    events = new EventHub(simulation.store().changes(), context, config.settings().events());
    log = new BackgroundLog("dev.momosim.simulator");
    TransactionJson json = new TransactionJson(config.reasonAsObject());
    CallbackSettings callbackSettings = config.callbacks();
    callbackSender =
        new CallbackSender(
            vertx, simulation.time(), simulation.callbackJournal(), callbackSettings, log::info);
    Callbacks callbacks =
        new Callbacks(
            simulation.callbackJournal(),
            callbackSender,
            simulation.time(),
            callbackSettings.method(),
            json::text);
    simulation.payments().addListener(callbacks);
    StateTransfer state =
        new StateTransfer(
            simulation.store(),
            simulation.time(),
            simulation.payments(),
            simulation.provisioning(),
            () -> callbacks.resumePending(simulation.payments()::find));
    clockDriver =
        new ClockDriver(
            vertx,
            context,
            simulation.time(),
            Optional.ofNullable(config.storage().databaseUrl())
                .map(shared -> Duration.ofMillis(config.storage().workPollMillis())));
    control =
        new LocalSimulatorControl(
            new LocalSimulatorControl.Services(
                simulation.time(),
                simulation.payments(),
                simulation.behaviours(),
                simulation.accounts(),
                simulation.access(),
                simulation.requestJournal(),
                callbacks,
                simulation.reset(),
                state,
                new StateJson(config.ruleParser()),
                config.ruleParser(),
                simulation.consents()));
    var router =
        ApiRouter.create(
            vertx,
            new ApiServices(
                simulation.access(),
                simulation.provisioning(),
                simulation.payments(),
                simulation.deliveryNotifications(),
                simulation.accounts(),
                config.reasonAsObject(),
                config.emptyPartyStatus(),
                config.bodyLimitBytes(),
                config.storage().maxStateBytes(),
                config.logsRequests(),
                simulation.consents(),
                config.userInfoAsDeclared(),
                simulation.store()::unavailable,
                simulation.time()::refresh),
            log,
            List.of(
                new RequestJournalHandler(simulation.requestJournal(), simulation.time()::now),
                new ControlGuard(access)),
            List.of(
                new ApiRouter.Mount(
                    "/_sim/*",
                    new ControlRoutes(control, events, simulation.store()::reachable)
                        .router(vertx))));
    connections = new ConnectionGuard(config.settings().limits(), log::info);
    server =
        vertx
            .createHttpServer(
                new HttpServerOptions()
                    .setHost(config.host())
                    .setPort(config.port())
                    .setCompressionSupported(false)
                    // HTTP/1.1 only: with cleartext HTTP/2 on, Vert.x would set a connection up
                    // only once its first bytes arrive, so a silent one would go uncounted
                    .setHttp2ClearTextEnabled(false)
                    .setMaxFormAttributeSize(config.bodyLimitBytes()))
            .connectionHandler(connections.connections())
            .invalidRequestHandler(UnreadableRequests::answerUndecodable)
            .requestHandler(connections.requests(UnreadableRequests.requireHost(router)));
    return simulation.start(state).compose(started -> server.listen());
  }

  /**
   * Graceful: the server stops accepting and lets the requests in flight finish (bounded by {@code
   * limits.shutdownGraceSeconds}); then the clock stops, the callbacks not sent yet are journalled
   * as such, and the log is written out.
   */
  @Override
  public Future<?> stop() {
    Future<Void> drained =
        server == null ? Future.succeededFuture() : connections.shutdown(vertx, server);
    return drained
        .eventually(
            () -> {
              clockDriver.stop();
              events.stop();
              return callbackSender
                  .close()
                  .timeout(CALLBACK_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                  .onFailure(
                      late ->
                          log.info(
                              "shutting down: callbacks not sent were not all journalled within "
                                  + CALLBACK_PATIENCE.toSeconds()
                                  + " s"))
                  .otherwiseEmpty();
            })
        .eventually(
            () ->
                // after the callbacks' last journal entries, so that they are kept too
                simulation
                    .store()
                    .close()
                    .timeout(STORE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                    .onFailure(
                        late ->
                            log.info(
                                "shutting down: the state store did not close within "
                                    + STORE_PATIENCE.toSeconds()
                                    + " s (the journal keeps every change; the next start"
                                    + " replays it)"))
                    .otherwiseEmpty())
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
        .plus(CALLBACK_PATIENCE)
        .plus(STORE_PATIENCE)
        .plus(LOG_PATIENCE);
  }

  int actualPort() {
    return server.actualPort();
  }

  LocalSimulatorControl control() {
    return control;
  }

  ControlAccess access() {
    return access;
  }
}
