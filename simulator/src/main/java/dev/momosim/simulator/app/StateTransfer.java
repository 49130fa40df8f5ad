package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.app.port.StateImage;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The whole state out and in (docs/state.md): an export shows the state as the clock implies it
 * now; an import replaces everything but the request log, then schedules what the new state implies
 * (pending outcomes, expiries, callbacks) and announces itself as a reset.
 */
public final class StateTransfer {
  private final SimulatorStore store;
  private final Time time;
  private final Payments payments;
  private final Provisioning provisioning;
  private final Supplier<Future<Void>> resumeCallbacks;

  /**
   * @param resumeCallbacks schedules the callbacks the state holds as still to send
   */
  public StateTransfer(
      SimulatorStore store,
      Time time,
      Payments payments,
      Provisioning provisioning,
      Supplier<Future<Void>> resumeCallbacks) {
    this.store = store;
    this.time = time;
    this.payments = payments;
    this.provisioning = provisioning;
    this.resumeCallbacks = resumeCallbacks;
  }

  public Future<StateImage> export() {
    return time.settleDue().compose(settled -> store.image());
  }

  /** Replaces the state; the preset users are provisioned again if the image lacks them. */
  public Future<Void> importState(StateImage image) {
    return store
        .restore(image)
        .compose(restored -> bringUp(true))
        .onSuccess(done -> store.changes().publish(new Change.Reset(time.now())));
  }

  /**
   * Brings the kept state up: the preset users, the clock as kept, and what the state implies
   * (outcomes, expiries, callbacks still to come, at once if their time has passed).
   */
  public Future<Void> start() {
    // Work kept in a shared store is already scheduled (and may be running on another instance).
    return bringUp(!time.keepsWork());
  }

  private Future<Void> bringUp(boolean schedule) {
    Future<Instant> restored = provisioning.provisionPresets().compose(done -> time.restore());
    if (!schedule) {
      return restored.mapEmpty();
    }
    return restored
        .compose(now -> payments.rescheduleUnfinished())
        .compose(done -> resumeCallbacks.get());
  }
}
