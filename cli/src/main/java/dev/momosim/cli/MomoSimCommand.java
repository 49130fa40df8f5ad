package dev.momosim.cli;

import java.io.PrintWriter;
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
      PendingCommand.class,
      ApproveCommand.class,
      RejectCommand.class,
      ExpireCommand.class,
      TransactionsCommand.class,
      ClockCommand.class,
      ResetCommand.class,
      CallbacksCommand.class,
      RequestsCommand.class,
      ProvisionCommand.class,
      RequestToPayCommand.class,
      TransferCommand.class,
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
    System.exit(newCommandLine().execute(args));
  }

  /** The command line with the house exit codes; tests use it with their own writers. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new MomoSimCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(ExitCodes::forException)
        .setExecutionExceptionHandler(MomoSimCommand::report);
  }

  /**
   * The last resort for a failure a command did not report itself: one line for the failures a
   * person can act on (bad input, an API refusal, no answer), the stack trace only for a bug.
   */
  private static int report(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
    int exitCode = ExitCodes.forException(failure);
    PrintWriter err = commandLine.getErr();
    if (exitCode == ExitCodes.SOFTWARE) {
      err.println("momo-sim: unexpected failure, please report it:");
      failure.printStackTrace(err);
    } else {
      err.println(
          "momo-sim: "
              + (failure.getMessage() == null
                  ? failure.getClass().getSimpleName()
                  : failure.getMessage()));
    }
    err.flush();
    return exitCode;
  }
}
