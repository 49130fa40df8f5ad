package dev.momosim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code momo-sim}: the simulator's command line. Each subcommand is its own class. */
@Command(
    name = "momo-sim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A local MTN MoMo Open API sandbox simulator.",
    subcommands = {
      ServeCommand.class,
      CaCertCommand.class,
      PendingCommand.class,
      ApproveCommand.class,
      RejectCommand.class,
      ExpireCommand.class,
      TransactionsCommand.class,
      ClockCommand.class,
      ResetCommand.class,
      TenantsCommand.class,
      StateCommand.class,
      CallbacksCommand.class,
      RequestsCommand.class,
      ProvisionCommand.class,
      RequestToPayCommand.class,
      TransferCommand.class,
      WithdrawCommand.class,
      DepositCommand.class,
      RefundCommand.class,
      InvoiceCommand.class,
      PreApprovalCommand.class,
      StatusCommand.class,
      BalanceCommand.class,
      ReceiveCallbacksCommand.class,
      CommandLine.HelpCommand.class
    })
public final class MomoSimCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    OneLineLogFormat.install();
    System.exit(commandLineFor(args).execute(args));
  }

  /**
   * The command line with the house exit codes: picocli's parse errors exit 2 (its default for
   * invalid input), every other failure goes to {@link Failures}. Tests use it with their own
   * writers.
   */
  public static CommandLine newCommandLine() {
    return withHouseRules(new CommandLine(new MomoSimCommand()));
  }

  /**
   * The command line for these arguments: for {@code serve}, one that knows only {@code serve}
   * (under the same name, so its help and errors read the same), which starts faster than building
   * every command and loading what they use; for everything else, {@link #newCommandLine()}.
   */
  static CommandLine commandLineFor(String[] args) {
    if (args.length == 0 || !args[0].equals("serve")) {
      return newCommandLine();
    }
    CommandLine root =
        new CommandLine(
            CommandLine.Model.CommandSpec.create().name("momo-sim").mixinStandardHelpOptions(true));
    root.addSubcommand("serve", new ServeCommand());
    return withHouseRules(root);
  }

  private static CommandLine withHouseRules(CommandLine commandLine) {
    return commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (failure, line, parsed) -> Failures.report(line.getErr(), failure));
  }
}
