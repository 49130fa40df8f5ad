package dev.momosim.cli;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionView;
import io.vertx.core.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code momo-sim reject REF [--reason R]}: the payer rejects; the payment FAILS with the reason.
 */
@Command(
    name = "reject",
    mixinStandardHelpOptions = true,
    description =
        "Reject a PENDING transaction: it FAILS with APPROVAL_REJECTED or the given reason.")
public final class RejectCommand extends DecisionCommand {
  @Option(
      names = "--reason",
      paramLabel = "R",
      description = "The MoMo reason code, e.g. PAYER_LIMIT_REACHED. Default: APPROVAL_REJECTED.")
  String reason;

  @Override
  Future<TransactionView> decide(SimulatorControl control) {
    return control.reject(referenceId, reason);
  }

  @Override
  String verb() {
    return "rejected";
  }
}
