package dev.momosim.simulator;

import dev.momosim.simulator.callback.CallbackDispatcher;
import dev.momosim.simulator.callback.CallbackJournalLog;
import dev.momosim.simulator.config.JournalSettings;
import dev.momosim.simulator.control.ControlRoutes;
import dev.momosim.simulator.control.EventHub;
import dev.momosim.simulator.http.ApiRouter;
import dev.momosim.simulator.http.BackgroundLog;
import dev.momosim.simulator.http.RequestJournal;
import dev.momosim.simulator.http.RequestJournalHandler;
import dev.momosim.simulator.http.TransactionJson;
import dev.momosim.simulator.http.UnreadableRequests;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.List;

/**
 * The one verticle: an HTTP server for the MoMo API, the control API and the dashboard, on one
 * event loop, so the simulation's state is only ever touched from one thread.
 */
final class SimulatorVerticle extends VerticleBase {
  private final Simulation simulation;
  private HttpServer server;
  private ClockDriver clockDriver;
  private LocalSimulatorControl control;
  private CallbackDispatcher callbacks;
  private BackgroundLog log;

  SimulatorVerticle(Simulation simulation) {
    this.simulation = simulation;
  }

  @Override
  public Future<?> start() {
    EventHub events = new EventHub();
    simulation
        .payments()
        .addListener(
            transaction ->
                events.publish("transaction", () -> TransactionViews.of(transaction).toJson()));
    JournalSettings journalSettings = simulation.config().journal();
    RequestJournal journal =
        new RequestJournal(journalSettings.enabled(), journalSettings.capacity());
    callbacks =
        new CallbackDispatcher(
            vertx,
            simulation.clock(),
            simulation.scheduler(),
            new TransactionJson(simulation.config().reasonAsObject()),
            simulation.config().callbacks());
    simulation.payments().addListener(callbacks);
    callbacks.journal().onChange(delivery -> events.publish("callback", delivery::toJson));
    log = new BackgroundLog("dev.momosim.simulator");
    callbacks.logTo(log::info);
    journal.onRecord(entry -> events.publish("request", entry::toJson));
    clockDriver = new ClockDriver(vertx, context, simulation);
    control = new LocalSimulatorControl(context, simulation, clockDriver, journal, events);
    control.callbacks(new CallbackJournalLog(callbacks));
    var router =
        ApiRouter.create(
            vertx,
            simulation,
            log,
            List.of(new RequestJournalHandler(journal, simulation.clock()::now)),
            List.of(
                new ApiRouter.Mount("/_sim/*", new ControlRoutes(control, events).router(vertx))));
    SimulatorConfig config = simulation.config();
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
    return server.listen();
  }

  @Override
  public Future<?> stop() {
    callbacks.close();
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
}
