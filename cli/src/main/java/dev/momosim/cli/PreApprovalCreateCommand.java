package dev.momosim.cli;

import dev.momosim.client.collections.PreApproval;
import dev.momosim.client.collections.PreApprovalResult;
import dev.momosim.client.collections.PreApprovals;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim preapproval create}: ask a payer to pre-approve future debits. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description =
        "Ask a payer for a pre-approval. Prints the reference id, or the final status with --wait "
            + "(SUCCESSFUL once approved).")
public final class PreApprovalCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin CreatingOptions creating;

  @Mixin FormatOption output;

  @Option(
      names = "--payer",
      required = true,
      paramLabel = "MSISDN",
      description = "The payer's number.")
  String payer;

  @Option(
      names = "--currency",
      defaultValue = "EUR",
      description = "The payer's currency. Default: EUR (the sandbox's).")
  String currency;

  @Option(
      names = "--payer-message",
      paramLabel = "TEXT",
      description = "Shown to the payer (max 160).")
  String payerMessage;

  @Option(
      names = "--validity",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description =
          "How long it is valid once approved (validityTime, whole seconds). Default: MoMo's "
              + "(the simulator: for ever).")
  Duration validity;

  @Override
  public Integer call() {
    PreApproval preApproval =
        UsageException.check(
            () ->
                new PreApproval(
                    Party.msisdn(payer),
                    currency,
                    payerMessage,
                    validity == null ? null : validity.toSeconds()));
    CreateOptions options = creating.createOptions();
    return api.run(
        spec,
        Product.COLLECTION,
        creating.timeout,
        momo -> {
          PreApprovals preApprovals = momo.collections().preApprovals();
          Future<String> accepted = preApprovals.create(preApproval, options);
          if (!creating.await) {
            return accepted.map(ref -> new Created(ref, null));
          }
          return accepted.compose(
              ref ->
                  StatusPolling.untilFinal(
                          momo,
                          () -> preApprovals.status(ref),
                          seen -> seen.status().isFinal(),
                          "a final status of pre-approval " + ref,
                          creating.timeout)
                      .map(seen -> new Created(ref, seen)));
        },
        created -> {
          var out = spec.commandLine().getOut();
          try {
            if (created.finalState() == null) {
              PaymentOutput.accepted(out, output.json(), created.referenceId());
              return ExitCodes.OK;
            }
            PreApprovalOutput.preApproval(out, output.json(), created.finalState());
            return created.finalState().status() == TransactionStatus.FAILED
                ? ExitCodes.TRANSACTION_FAILED
                : ExitCodes.OK;
          } finally {
            out.flush();
          }
        });
  }

  /** The accepted reference id, and the final pre-approval when waited for. */
  private record Created(String referenceId, PreApprovalResult finalState) {}
}
