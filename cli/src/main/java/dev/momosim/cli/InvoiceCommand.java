package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code momo-sim invoice ...}: create, read or cancel an invoice. Alone, it prints its usage. */
@Command(
    name = "invoice",
    mixinStandardHelpOptions = true,
    description = "Create, show or cancel an invoice (collection, v2).",
    subcommands = {
      InvoiceCreateCommand.class,
      InvoiceStatusCommand.class,
      InvoiceCancelCommand.class
    })
public final class InvoiceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** A usage error, as picocli reports its own: the message, then this command's usage. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "momo-sim invoice: say which: create, status or cancel.");
  }
}
