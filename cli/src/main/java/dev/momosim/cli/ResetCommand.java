package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code momo-sim reset}: back to the configured start state. */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = "Forget every transaction, token, journal entry, balance and rule change.")
public final class ResetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.reset(),
        done -> {
          spec.commandLine()
              .getOut()
              .println("reset: the simulator is back in its configured start state");
          return ExitCodes.OK;
        });
  }
}
