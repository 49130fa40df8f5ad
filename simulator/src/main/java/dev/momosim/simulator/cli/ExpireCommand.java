package dev.momosim.simulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim expire REF}: the approval window runs out now; the payment FAILS EXPIRED. */
@Command(name = "expire", mixinStandardHelpOptions = true,
    description = "Let a PENDING transaction expire now: it FAILS with EXPIRED.")
public final class ExpireCommand implements Callable<Integer> {
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
    return simulator.run(control -> control.expire(referenceId), view -> {
      TransactionOutput.decision(spec.commandLine().getOut(), output.json(), "expired", view);
      return ExitCodes.OK;
    });
  }
}
