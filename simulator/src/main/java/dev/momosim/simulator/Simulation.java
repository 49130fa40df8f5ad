package dev.momosim.simulator;

import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.app.Accounts;
import dev.momosim.simulator.app.Behaviours;
import dev.momosim.simulator.app.CallbackJournal;
import dev.momosim.simulator.app.Consents;
import dev.momosim.simulator.app.DeliveryNotifications;
import dev.momosim.simulator.app.PaymentSettings;
import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.app.Provisioning;
import dev.momosim.simulator.app.RequestJournal;
import dev.momosim.simulator.app.Reset;
import dev.momosim.simulator.app.Scheduler;
import dev.momosim.simulator.app.StateTransfer;
import dev.momosim.simulator.app.Time;
import dev.momosim.simulator.app.TokenClock;
import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.config.TenantSettings;
import dev.momosim.simulator.config.TokenSettings;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.SimulatorClock;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root of one simulator: its configuration, its store, and every use-case service
 * of the application layer wired to what it needs. Adapters (HTTP, control, callbacks) are given
 * the services, never this class.
 */
final class Simulation {
  private final SimulatorConfig config;
  private final SimulatorStore store;
  private final Time time;
  private final Provisioning provisioning;
  private final Access access;
  private final Behaviours behaviours;
  private final Payments payments;
  private final DeliveryNotifications deliveryNotifications;
  private final Accounts accounts;
  private final RequestJournal requestJournal;
  private final CallbackJournal callbackJournal;
  private final Reset reset;
  private final Consents consents;

  private final Optional<StateImage> initialState;

  /**
   * @param store the opened store ({@link Stores})
   * @param initialState a state to start from instead of the store's, if any
   * @param othersNow the simulator time of the tenant an API user belongs to, when that is another
   *     tenant (its tokens expire on its clock; the tenant is made ready on this instance first);
   *     empty for the default tenant's users
   */
  Simulation(
      SimulatorConfig config,
      Clock baseClock,
      SimulatorStore store,
      Optional<StateImage> initialState,
      Function<ApiUser, Future<Optional<Instant>>> othersNow) {
    this.config = config;
    this.store = store;
    this.initialState = initialState;
    this.time =
        new Time(
            new SimulatorClock(baseClock),
            new Scheduler(store.work()),
            store.clock(),
            store.changes());
    this.provisioning =
        new Provisioning(store.apiUsers(), config.presetUsers(), config.tenants()::groupOf);
    this.access =
        new Access(
            accessSettings(config),
            provisioning,
            store.apiUsers(),
            store.tokens(),
            tokenClock(config, baseClock, othersNow));
    this.behaviours =
        new Behaviours(
            store.behaviour(),
            config.ruleSet(),
            config.approvalMode(),
            store.changes(),
            config.tenants().maxRules());
    PaymentSettings paymentSettings = config.paymentSettings();
    this.payments =
        new Payments(
            time,
            store.transactions(),
            store.settlements(),
            behaviours,
            paymentSettings,
            store.changes());
    this.deliveryNotifications =
        new DeliveryNotifications(time, store.transactions(), store.changes());
    this.accounts = new Accounts(store.ledger(), time, behaviours, paymentSettings);
    this.requestJournal =
        new RequestJournal(store.requestJournal(), store.changes(), config.journal().enabled());
    this.callbackJournal = new CallbackJournal(store.callbackJournal(), store.changes());
    this.reset = new Reset(store, time, behaviours, provisioning, TenantSettings.DEFAULT);
    this.consents = new Consents(config.consentSettings(), store.consents(), time);
  }

  /**
   * Brings the state up: the state to start from (if one was given) or the store's, the preset
   * users, then the clock as kept and the outcomes and callbacks still to come.
   */
  Future<Void> start(StateTransfer state) {
    return initialState.map(state::importState).orElseGet(state::start);
  }

  /**
   * The clock tokens are issued and expire on: the wall clock, or the simulator clock of the user's
   * tenant (this simulation's for the default tenant's users and for a user no longer there).
   */
  private TokenClock tokenClock(
      SimulatorConfig config,
      Clock baseClock,
      Function<ApiUser, Future<Optional<Instant>>> othersNow) {
    boolean wall = config.settings().tokens().clock() == TokenSettings.Clock.WALL;
    return user -> {
      Future<Optional<Instant>> other =
          user == null ? Future.succeededFuture(Optional.empty()) : othersNow.apply(user);
      return other.map(tenantNow -> wall ? baseClock.instant() : tenantNow.orElseGet(time::now));
    };
  }

  private static Access.Settings accessSettings(SimulatorConfig config) {
    Map<String, Product> productByKey = new HashMap<>();
    for (Product product : Product.values()) {
      config.subscriptionKeys(product).forEach(key -> productByKey.put(key, product));
    }
    return new Access.Settings(
        productByKey,
        config.targetEnvironments(),
        config.usersWorkOnEveryProduct(),
        config.tokenLifetime());
  }

  SimulatorConfig config() {
    return config;
  }

  SimulatorStore store() {
    return store;
  }

  Time time() {
    return time;
  }

  Provisioning provisioning() {
    return provisioning;
  }

  Access access() {
    return access;
  }

  Behaviours behaviours() {
    return behaviours;
  }

  Payments payments() {
    return payments;
  }

  Accounts accounts() {
    return accounts;
  }

  DeliveryNotifications deliveryNotifications() {
    return deliveryNotifications;
  }

  RequestJournal requestJournal() {
    return requestJournal;
  }

  CallbackJournal callbackJournal() {
    return callbackJournal;
  }

  Reset reset() {
    return reset;
  }

  Consents consents() {
    return consents;
  }
}
