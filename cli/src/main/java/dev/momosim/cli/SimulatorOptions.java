package dev.momosim.cli;

import dev.momosim.simulator.control.ControlException;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.SimulatorControl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --sim-url}, and running one control operation against that simulator: each command gets
 * its own Vert.x instance, closed before the command returns. Failures are printed to standard
 * error and turned into the house exit codes by {@link ExitCodes}.
 */
final class SimulatorOptions {
  /**
   * The control client gives up first (30 s, then UNREACHABLE); this only guards against a hang.
   */
  private static final long WAIT_SECONDS = HttpSimulatorControl.DEFAULT_TIMEOUT.toSeconds() + 10;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--sim-url",
      paramLabel = "URL",
      defaultValue = "${env:MOMO_SIM_URL:-http://127.0.0.1:8080}",
      description = "The running simulator. Default: $MOMO_SIM_URL, else http://127.0.0.1:8080.")
  String url;

  /**
   * Runs {@code operation} against the simulator, waits for it on this (non event-loop) thread,
   * then lets {@code render} print the result and choose the exit code.
   */
  <T> int run(Function<SimulatorControl, Future<T>> operation, ToIntFunction<T> render) {
    PrintWriter err = command.commandLine().getErr();
    Vertx vertx = Vertx.vertx();
    try (HttpSimulatorControl control = new HttpSimulatorControl(vertx, url)) {
      T result = await(operation.apply(control));
      return render.applyAsInt(result);
    } catch (ExecutionException e) {
      return report(err, e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      return report(
          err,
          new ControlException(
              0,
              "UNREACHABLE",
              "cannot reach the simulator at "
                  + url
                  + ": no answer within "
                  + WAIT_SECONDS
                  + " s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return report(err, e);
    } catch (RuntimeException e) {
      return report(err, e);
    } finally {
      close(vertx);
      command.commandLine().getOut().flush();
      err.flush();
    }
  }

  private int report(PrintWriter err, Throwable failure) {
    if (failure instanceof ControlException refusal && refusal.status() == 0) {
      err.println("momo-sim: " + refusal.getMessage());
      err.println("Is `momo-sim serve` running there? Point --sim-url or MOMO_SIM_URL at it.");
    } else if (failure instanceof ControlException refusal) {
      err.println(
          "momo-sim: " + refusal.status() + " " + refusal.code() + ": " + refusal.getMessage());
    } else if (failure instanceof IllegalArgumentException) {
      err.println("momo-sim: " + failure.getMessage());
    } else {
      err.println("momo-sim: failed: " + failure);
    }
    return ExitCodes.forException(failure);
  }

  private static <T> T await(Future<T> future)
      throws ExecutionException, TimeoutException, InterruptedException {
    return future.toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static void close(Vertx vertx) {
    try {
      await(vertx.close());
    } catch (ExecutionException | TimeoutException e) {
      // The command's answer is already decided; a slow shutdown does not change it.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
