package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code momo-sim clock show}: the simulator's time and whether it is frozen. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print the simulator's time.")
public final class ClockShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.clock(),
        clock -> {
          ClockOutput.print(spec.commandLine().getOut(), output.json(), "", clock);
          return ExitCodes.OK;
        });
  }
}
