package dev.momosim.simulator;

import dev.momosim.simulator.app.Callbacks;
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
import dev.momosim.simulator.http.RequestJournalHandler;
import dev.momosim.simulator.http.TransactionJson;
import dev.momosim.simulator.http.UnreadableRequests;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.List;

/**
 * The one verticle: wires the adapters (MoMo API, control API, dashboard, callbacks) to the
 * application services and serves them on one HTTP server.
 */
final class SimulatorVerticle extends VerticleBase {
  private final Simulation simulation;
  private final ControlAccess access;
  private HttpServer server;
  private ClockDriver clockDriver;
  private LocalSimulatorControl control;
  private CallbackSender callbackSender;
  private BackgroundLog log;

  SimulatorVerticle(Simulation simulation) {
    this.simulation = simulation;
    this.access =
        ControlAccess.forBinding(
            simulation.config().host(), simulation.config().control().adminToken());
  }

  @Override
  public Future<?> start() {
    SimulatorConfig config = simulation.config();
    EventHub events =
        new EventHub(simulation.store().changes(), context, config.settings().events());
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
    clockDriver = new ClockDriver(vertx, context, simulation.time());
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
                config.ruleParser()));
    var router =
        ApiRouter.create(
            vertx,
            new ApiServices(
                simulation.access(),
                simulation.provisioning(),
                simulation.payments(),
                simulation.accounts(),
                config.reasonAsObject(),
                config.bodyLimitBytes(),
                config.logsRequests()),
            log,
            List.of(
                new RequestJournalHandler(simulation.requestJournal(), simulation.time()::now),
                new ControlGuard(access)),
            List.of(
                new ApiRouter.Mount("/_sim/*", new ControlRoutes(control, events).router(vertx))));
    server =
        vertx
            .createHttpServer(
                new HttpServerOptions()
                    .setHost(config.host())
                    .setPort(config.port())
                    .setCompressionSupported(false)
                    .setMaxFormAttributeSize(config.bodyLimitBytes()))
            .invalidRequestHandler(UnreadableRequests::answerUndecodable)
            .requestHandler(UnreadableRequests.requireHost(router));
    return simulation.start().compose(started -> server.listen());
  }

  @Override
  public Future<?> stop() {
    callbackSender.close();
    log.close();
    clockDriver.stop();
    return server == null ? Future.succeededFuture() : server.close();
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
