package dev.momosim.simulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim approve REF}: the payer approves. Exits 5 when the payment still FAILED (the payer
 * lacked the funds), 3 when the reference is unknown (404) or already final (409).
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
    description = "Approve a PENDING transaction as its payer would.")
public final class ApproveCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  SimulatorOptions simulator;

  @Mixin
  FormatOption output;

  @Parameters(paramLabel = "REF", description = "The transaction's reference id (X-Reference-Id).")
  String referenceId;

  @Override
  public Integer call() {
    return simulator.run(control -> control.approve(referenceId), view -> {
      TransactionOutput.decision(spec.commandLine().getOut(), output.json(), "approved", view);
      return "FAILED".equals(view.status()) ? ExitCodes.TRANSACTION_FAILED : ExitCodes.OK;
    });
  }
}
