package dev.momosim.simulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim reject REF [--reason R]}: the payer rejects; the payment FAILS with the reason. */
@Command(name = "reject", mixinStandardHelpOptions = true,
    description = "Reject a PENDING transaction: it FAILS with APPROVAL_REJECTED or the given reason.")
public final class RejectCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  SimulatorOptions simulator;

  @Mixin
  FormatOption output;

  @Parameters(paramLabel = "REF", description = "The transaction's reference id (X-Reference-Id).")
  String referenceId;

  @Option(names = "--reason", paramLabel = "R",
      description = "The MoMo reason code, e.g. PAYER_LIMIT_REACHED. Default: APPROVAL_REJECTED.")
  String reason;

  @Override
  public Integer call() {
    return simulator.run(control -> control.reject(referenceId, reason), view -> {
      TransactionOutput.decision(spec.commandLine().getOut(), output.json(), "rejected", view);
      return ExitCodes.OK;
    });
  }
}
