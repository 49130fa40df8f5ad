package dev.momosim.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim clock set INSTANT}: moves the clock to an instant; a frozen clock stays frozen.
 */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = "Set the clock to an instant and run everything that becomes due.")
public final class ClockSetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Parameters(paramLabel = "INSTANT", description = "ISO-8601 UTC, e.g. 2030-01-01T00:00:00Z.")
  Instant to;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.setClock(to).compose(now -> control.clock()),
        clock -> {
          ClockOutput.print(spec.commandLine().getOut(), output.json(), "", clock);
          return ExitCodes.OK;
        });
  }
}
