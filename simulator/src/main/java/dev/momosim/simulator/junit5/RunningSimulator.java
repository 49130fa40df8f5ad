package dev.momosim.simulator.junit5;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A simulator with the Vert.x instance it alone uses, as kept in the extension store. JUnit threads
 * are not event loops, so waiting on futures here is fine. Closing twice is harmless.
 */
final class RunningSimulator implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Vertx vertx;
  private final MomoSimulator simulator;
  private final AtomicBoolean closed = new AtomicBoolean();

  private RunningSimulator(Vertx vertx, MomoSimulator simulator) {
    this.vertx = vertx;
    this.simulator = simulator;
  }

  static RunningSimulator start(SimulatorConfig config) {
    Vertx vertx = Vertx.vertx();
    try {
      return new RunningSimulator(
          vertx, await(MomoSimulator.start(vertx, config), "start the simulator"));
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
  }

  MomoSimulator simulator() {
    return simulator;
  }

  void reset() {
    await(simulator.control().reset(), "reset the simulator");
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // Vert.x is closed from this (JUnit) thread: closed from its own event loop, the Future never
      // completed.
      try {
        await(simulator.close(), "stop the simulator");
      } finally {
        await(vertx.close(), "close the simulator's Vert.x instance");
      }
    }
  }

  static <T> T await(Future<T> future, String what) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "could not " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("could not " + what + " within " + WAIT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while trying to " + what, e);
    }
  }
}
