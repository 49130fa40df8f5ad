package dev.momosim.cli;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionView;
import io.vertx.core.Future;
import picocli.CommandLine.Command;

/**
 * {@code momo-sim approve REF}: the payer approves. Exits 5 when the payment still FAILED (the
 * payer lacked the funds), 3 when the reference is unknown (404) or already final (409).
 */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = "Approve a PENDING transaction as its payer would.")
public final class ApproveCommand extends DecisionCommand {
  @Override
  Future<TransactionView> decide(SimulatorControl control) {
    return control.approve(referenceId);
  }

  @Override
  String verb() {
    return "approved";
  }

  @Override
  boolean expectsSuccess() {
    return true;
  }
}
