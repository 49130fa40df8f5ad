package dev.momosim.simulator;

import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.app.Callbacks;
import dev.momosim.simulator.app.Consents;
import dev.momosim.simulator.app.StateTransfer;
import dev.momosim.simulator.callback.CallbackSender;
import dev.momosim.simulator.config.CallbackSettings;
import dev.momosim.simulator.control.EventHub;
import dev.momosim.simulator.control.LocalSimulatorControl;
import dev.momosim.simulator.http.BackgroundLog;
import dev.momosim.simulator.http.TenantServices;
import dev.momosim.simulator.http.TransactionJson;
import dev.momosim.simulator.state.StateJson;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One tenant's simulator: its state, clock, payments, callbacks and control, wired from a {@link
 * Simulation}. The API users and their tokens are the whole simulator's ({@code access}); so are
 * consents. Every tenant has one; the default tenant's is the simulator's configured store.
 */
final class TenantCore {
  private final String id;
  private final Instant createdAt;
  private final Simulation simulation;
  private final CallbackSender callbackSender;
  private final StateTransfer state;
  private final ClockDriver clockDriver;
  private final LocalSimulatorControl control;
  private final EventHub events;
  private final TenantServices services;
  private final BackgroundLog log;

  /**
   * @param access who may call, for the whole simulator (the tenant's users included)
   * @param consents consent requests, for the whole simulator
   */
  TenantCore(
      String id,
      Vertx vertx,
      Context context,
      Simulation simulation,
      Access access,
      Consents consents,
      BackgroundLog log) {
    this.id = id;
    this.createdAt = Instant.now();
    this.simulation = simulation;
    this.log = log;
    SimulatorConfig config = simulation.config();
    events = new EventHub(simulation.store().changes(), context, config.settings().events());
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
    state =
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
                access,
                id,
                simulation.requestJournal(),
                callbacks,
                simulation.reset(),
                state,
                new StateJson(config.ruleParser()),
                config.ruleParser(),
                consents));
    services =
        new TenantServices(
            id,
            simulation.payments(),
            simulation.deliveryNotifications(),
            simulation.accounts(),
            simulation.requestJournal(),
            simulation.time()::now);
  }

  /** Brings the tenant's state up (its store's, or the state document to start from). */
  Future<Void> start() {
    return simulation.start(state);
  }

  String id() {
    return id;
  }

  Instant createdAt() {
    return createdAt;
  }

  Simulation simulation() {
    return simulation;
  }

  LocalSimulatorControl control() {
    return control;
  }

  EventHub events() {
    return events;
  }

  TenantServices services() {
    return services;
  }

  /**
   * Stops the clock and the event stream, journals the callbacks not sent (waiting at most {@code
   * patience}), then closes the store (waiting at most {@code storePatience}).
   */
  Future<Void> stop(Duration patience, Duration storePatience) {
    clockDriver.stop();
    events.stop();
    return callbackSender
        .close()
        .timeout(patience.toMillis(), TimeUnit.MILLISECONDS)
        .onFailure(
            late ->
                log.info(
                    "stopping tenant "
                        + id
                        + ": callbacks not sent were not all journalled within "
                        + patience.toSeconds()
                        + " s"))
        .otherwiseEmpty()
        .eventually(
            () ->
                // after the callbacks' last journal entries, so that they are kept too
                simulation
                    .store()
                    .close()
                    .timeout(storePatience.toMillis(), TimeUnit.MILLISECONDS)
                    .onFailure(
                        late ->
                            log.info(
                                "stopping tenant "
                                    + id
                                    + ": the state store did not close within "
                                    + storePatience.toSeconds()
                                    + " s (the journal keeps every change; the next start"
                                    + " replays it)"))
                    .otherwiseEmpty())
        .mapEmpty();
  }
}
