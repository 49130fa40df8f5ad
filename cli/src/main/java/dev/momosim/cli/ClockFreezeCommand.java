package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code momo-sim clock freeze}: stops the clock where it stands. */
@Command(
    name = "freeze",
    mixinStandardHelpOptions = true,
    description = "Stop the clock where it stands.")
public final class ClockFreezeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.freezeClock().compose(now -> control.clock()),
        clock -> {
          ClockOutput.print(spec.commandLine().getOut(), output.json(), "", clock);
          return ExitCodes.OK;
        });
  }
}
