package dev.momosim.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim clock advance DURATION}: moves the clock forward; everything due by then
 * (expiries, delayed outcomes, callbacks, token expiry) has happened when the command returns.
 */
@Command(
    name = "advance",
    mixinStandardHelpOptions = true,
    description = "Move the clock forward and run everything that becomes due.")
public final class ClockAdvanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Parameters(
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How far: 90 (seconds), 90s, 5m, 1h, 1h30m or ISO-8601 such as PT5M.")
  Duration by;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.advanceClock(by).compose(now -> control.clock()),
        clock -> {
          ClockOutput.print(
              spec.commandLine().getOut(), output.json(), "advanced " + by + " to ", clock);
          return ExitCodes.OK;
        });
  }
}
