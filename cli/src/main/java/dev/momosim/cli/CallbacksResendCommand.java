package dev.momosim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim callbacks resend ID}: sends a journalled callback again, as a new journal entry.
 */
@Command(
    name = "resend",
    mixinStandardHelpOptions = true,
    description = "Send a journalled callback again (it is journalled as a new entry).")
public final class CallbacksResendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Parameters(
      paramLabel = "ID",
      description = "The callback's id, as `momo-sim callbacks` lists it.")
  String id;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.resendCallback(id),
        entry -> {
          var out = spec.commandLine().getOut();
          if (output.json()) {
            out.println(entry.toJson().encodePrettily());
          } else {
            out.println(
                "resent "
                    + id
                    + " as "
                    + entry.id()
                    + ": "
                    + entry.method()
                    + " "
                    + entry.url()
                    + " "
                    + entry.outcome());
          }
          return ExitCodes.OK;
        });
  }
}
