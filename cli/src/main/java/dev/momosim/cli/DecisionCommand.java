package dev.momosim.cli;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionView;
import io.vertx.core.Future;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What approve, reject and expire share: a reference id, the simulator to ask, and the printed
 * outcome. Exits 5 when the payment ends FAILED although it was approved (the payer lacked the
 * funds).
 */
abstract class DecisionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Parameters(paramLabel = "REF", description = "The transaction's reference id (X-Reference-Id).")
  String referenceId;

  /** The control operation that decides the payment. */
  abstract Future<TransactionView> decide(SimulatorControl control);

  /** The verb printed before the outcome, e.g. {@code approved}. */
  abstract String verb();

  /** Whether a FAILED outcome means this command did not get what it asked for. */
  boolean expectsSuccess() {
    return false;
  }

  @Override
  public Integer call() {
    return simulator.run(
        this::decide,
        view -> {
          TransactionOutput.decision(spec.commandLine().getOut(), output.json(), verb(), view);
          return expectsSuccess() && "FAILED".equals(view.status())
              ? ExitCodes.TRANSACTION_FAILED
              : ExitCodes.OK;
        });
  }
}
