package dev.momosim.cli;

import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.SimulatorControl;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --sim-url}, {@code --admin-token} and {@code --tenant}, and running one control operation
 * against that simulator through the {@link CommandRunner}.
 */
final class SimulatorOptions {
  /**
   * The control client gives up first (30 s, then UNREACHABLE); this only guards against a hang.
   */
  private static final Duration PATIENCE =
      HttpSimulatorControl.DEFAULT_TIMEOUT.plus(Duration.ofSeconds(10));

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--sim-url",
      paramLabel = "URL",
      defaultValue = "${env:MOMO_SIM_URL:-http://127.0.0.1:8080}",
      description = "The running simulator. Default: $MOMO_SIM_URL, else http://127.0.0.1:8080.")
  String url;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:MOMO_SIM_ADMIN_TOKEN}",
      description =
          "The simulator's admin token, when it needs one (bound beyond loopback, or configured)."
              + " Default: $MOMO_SIM_ADMIN_TOKEN, which keeps it out of the process list.")
  String adminToken;

  @Option(
      names = "--tenant",
      paramLabel = "ID",
      defaultValue = "${env:MOMO_SIM_TENANT}",
      description =
          "The tenant to drive (docs/tenants.md); none drives the default tenant."
              + " Default: $MOMO_SIM_TENANT.")
  String tenant;

  /**
   * Runs {@code operation} against the simulator, then lets {@code render} print the result and
   * choose the exit code.
   */
  <T> int run(Function<SimulatorControl, Future<T>> operation, ToIntFunction<T> render) {
    return runHttp(operation::apply, render);
  }

  /** As {@link #run}, with the HTTP control itself (for what only it offers, such as tenants). */
  <T> int runHttp(Function<HttpSimulatorControl, Future<T>> operation, ToIntFunction<T> render) {
    return new CommandRunner(command)
        .run(
            "the simulator at " + url,
            PATIENCE,
            vertx -> {
              HttpSimulatorControl control =
                  UsageException.check(
                      () ->
                          new HttpSimulatorControl(
                                  vertx, url, HttpSimulatorControl.DEFAULT_TIMEOUT, adminToken)
                              .forTenant(blankAsNull(tenant)));
              return operation.apply(control).andThen(done -> control.close());
            },
            render);
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
