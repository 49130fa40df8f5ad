package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim preapproval ...}: ask for, read, list or cancel pre-approvals. Alone, it prints
 * its usage.
 */
@Command(
    name = "preapproval",
    mixinStandardHelpOptions = true,
    description = "Ask a payer for a pre-approval, show it, list a payer's, or cancel one.",
    subcommands = {
      PreApprovalCreateCommand.class,
      PreApprovalStatusCommand.class,
      PreApprovalListCommand.class,
      PreApprovalCancelCommand.class
    })
public final class PreApprovalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** A usage error, as picocli reports its own: the message, then this command's usage. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "momo-sim preapproval: say which: create, status, list or cancel.");
  }
}
