package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code momo-sim state ...}: the whole state out to a file, or in from one (docs/state.md). */
@Command(
    name = "state",
    mixinStandardHelpOptions = true,
    description = "Export the simulator's whole state to a file, or import one (docs/state.md).",
    subcommands = {StateExportCommand.class, StateImportCommand.class})
public final class StateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "momo-sim state: say which: export or import.");
  }
}
