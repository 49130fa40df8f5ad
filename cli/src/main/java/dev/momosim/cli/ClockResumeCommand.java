package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code momo-sim clock resume}: a frozen clock runs again from where it stands. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = "Let a frozen clock run again from where it stands.")
public final class ClockResumeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.resumeClock().compose(now -> control.clock()),
        clock -> {
          ClockOutput.print(spec.commandLine().getOut(), output.json(), "", clock);
          return ExitCodes.OK;
        });
  }
}
