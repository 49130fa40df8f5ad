package dev.momosim.simulator;

import dev.momosim.simulator.control.ControlException;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** {@link SimulatorControl} in process: every operation runs on the simulator's own context. */
final class LocalSimulatorControl implements SimulatorControl {
  private final Context context;
  private final Simulation simulation;
  private final ClockDriver clockDriver;

  LocalSimulatorControl(Context context, Simulation simulation, ClockDriver clockDriver) {
    this.context = context;
    this.simulation = simulation;
    this.clockDriver = clockDriver;
  }

  @Override
  public Future<Instant> now() {
    return onContext(() -> simulation.clock().now());
  }

  @Override
  public Future<Instant> advanceClock(Duration by) {
    return onContext(() -> moved(simulation.clock().advance(by)));
  }

  @Override
  public Future<Instant> freezeClock() {
    return onContext(() -> moved(simulation.clock().freeze()));
  }

  @Override
  public Future<Instant> resumeClock() {
    return onContext(() -> moved(simulation.clock().resume()));
  }

  @Override
  public Future<Instant> setClock(Instant to) {
    return onContext(() -> moved(simulation.clock().set(to)));
  }

  @Override
  public Future<Void> reset() {
    return onContext(() -> {
      simulation.reset();
      clockDriver.clockMoved();
      return null;
    });
  }

  private Instant moved(Instant now) {
    clockDriver.clockMoved();
    return now;
  }

  /** Runs on the simulator's context; a MoMo refusal becomes a {@link ControlException}. */
  <T> Future<T> onContext(Supplier<T> work) {
    Promise<T> promise = Promise.promise();
    context.runOnContext(ignored -> {
      try {
        promise.complete(work.get());
      } catch (MomoException e) {
        promise.fail(new ControlException(e.status(), e.code(), e.getMessage()));
      } catch (RuntimeException e) {
        promise.fail(e);
      }
    });
    return promise.future();
  }
}
