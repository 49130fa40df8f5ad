package dev.momosim.cli;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionView;
import io.vertx.core.Future;
import picocli.CommandLine.Command;

/** {@code momo-sim expire REF}: the approval window ends now; the payment FAILS with EXPIRED. */
@Command(
    name = "expire",
    mixinStandardHelpOptions = true,
    description = "Let a PENDING transaction expire now: it FAILS with EXPIRED.")
public final class ExpireCommand extends DecisionCommand {
  @Override
  Future<TransactionView> decide(SimulatorControl control) {
    return control.expire(referenceId);
  }

  @Override
  String verb() {
    return "expired";
  }
}
