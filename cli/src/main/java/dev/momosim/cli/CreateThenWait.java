package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the invoice and pre-approval {@code create} commands share: create, and with {@code --wait}
 * poll the status until it is final; print the reference id, or the final state (exit 5 when it
 * FAILED).
 *
 * @param <T> the status a GET reads
 */
final class CreateThenWait<T> {
  /** How one kind reads and shows its status. */
  interface Kind<T> {
    /** E.g. {@code invoice}, for the timeout's message. */
    String name();

    Future<T> status(MomoClient momo, String referenceId);

    TransactionStatus statusOf(T state);

    void print(PrintWriter out, boolean json, T state);
  }

  private record Created<T>(String referenceId, T finalState) {}

  private final Kind<T> kind;

  CreateThenWait(Kind<T> kind) {
    this.kind = kind;
  }

  int run(
      CommandSpec spec,
      ApiOptions api,
      CreatingOptions creating,
      FormatOption output,
      Function<MomoClient, Future<String>> create) {
    return api.run(
        spec,
        Product.COLLECTION,
        creating.timeout,
        momo -> {
          Future<String> accepted = create.apply(momo);
          if (!creating.await) {
            return accepted.map(ref -> new Created<T>(ref, null));
          }
          return accepted.compose(
              ref ->
                  StatusPolling.untilFinal(
                          momo,
                          () -> kind.status(momo, ref),
                          seen -> kind.statusOf(seen).isFinal(),
                          "a final status of " + kind.name() + " " + ref,
                          creating.timeout)
                      .map(seen -> new Created<>(ref, seen)));
        },
        created -> {
          PrintWriter out = spec.commandLine().getOut();
          try {
            if (created.finalState() == null) {
              PaymentOutput.accepted(out, output.json(), created.referenceId());
              return ExitCodes.OK;
            }
            kind.print(out, output.json(), created.finalState());
            return kind.statusOf(created.finalState()) == TransactionStatus.FAILED
                ? ExitCodes.TRANSACTION_FAILED
                : ExitCodes.OK;
          } finally {
            out.flush();
          }
        });
  }
}
