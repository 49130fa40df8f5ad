package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code momo-sim clock ...}: show or move the simulator's clock. Alone, it prints its usage. */
@Command(
    name = "clock",
    mixinStandardHelpOptions = true,
    description = "Show or move the simulator's clock (expiries, delays and callbacks follow it).",
    subcommands = {
      ClockShowCommand.class,
      ClockAdvanceCommand.class,
      ClockSetCommand.class,
      ClockFreezeCommand.class,
      ClockResumeCommand.class
    })
public final class ClockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** A usage error, as picocli reports its own: the message, then this command's usage. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "momo-sim clock: say which: show, advance, set, freeze or resume.");
  }
}
