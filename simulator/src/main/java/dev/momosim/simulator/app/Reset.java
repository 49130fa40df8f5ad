package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.SimulatorStore;
import io.vertx.core.Future;

/**
 * Takes the simulator back to its configured start state: no transactions, tokens, consents,
 * balance changes, journal entries or API users beyond the preset ones; rules, approval mode and
 * clock as configured.
 */
public final class Reset {
  private final SimulatorStore store;
  private final Time time;
  private final Behaviours behaviours;
  private final Provisioning provisioning;
  private final String tenant;

  /**
   * @param tenant the tenant whose API users (and their tokens) a reset forgets; the other tenants'
   *     stay (docs/tenants.md)
   */
  public Reset(
      SimulatorStore store,
      Time time,
      Behaviours behaviours,
      Provisioning provisioning,
      String tenant) {
    this.store = store;
    this.time = time;
    this.behaviours = behaviours;
    this.provisioning = provisioning;
    this.tenant = tenant;
  }

  public Future<Void> toStartState() {
    return time.reset()
        .compose(now -> store.transactions().clear())
        .compose(done -> store.ledger().clear())
        .compose(done -> store.apiUsers().removeTenant(tenant))
        .compose(users -> store.tokens().removeOwners(users))
        .compose(done -> store.consents().clear())
        .compose(done -> store.requestJournal().clear())
        .compose(done -> store.callbackJournal().clear())
        .compose(done -> behaviours.reset())
        .compose(done -> provisioning.provisionPresets())
        .onSuccess(done -> store.changes().publish(new Change.Reset(time.now())));
  }
}
