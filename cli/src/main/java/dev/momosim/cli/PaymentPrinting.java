package dev.momosim.cli;

import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The answer of a creating command: the reference id it was accepted under, or with --wait its
 * final state, and exit 5 when that is FAILED.
 */
final class PaymentPrinting {
  /**
   * What a creating command learned: always the reference id, the final state only after waiting.
   */
  record Result(String referenceId, Transaction finalState) {}

  private PaymentPrinting() {}

  /** The accepted reference id, followed by the wait for its final state when asked to. */
  static Future<Result> acceptedThenMaybeWait(
      Future<String> accepted,
      boolean await,
      Duration timeout,
      BiFunction<String, Duration, Future<Transaction>> awaitFinal) {
    return accepted.compose(
        ref ->
            await
                ? awaitFinal.apply(ref, timeout).map(transaction -> new Result(ref, transaction))
                : Future.succeededFuture(new Result(ref, null)));
  }

  static int print(CommandSpec spec, boolean json, Result result) {
    var out = spec.commandLine().getOut();
    try {
      if (result.finalState() == null) {
        PaymentOutput.accepted(out, json, result.referenceId());
        return ExitCodes.OK;
      }
      PaymentOutput.transaction(out, json, result.finalState());
      return result.finalState().status() == TransactionStatus.FAILED
          ? ExitCodes.TRANSACTION_FAILED
          : ExitCodes.OK;
    } finally {
      out.flush();
    }
  }
}
