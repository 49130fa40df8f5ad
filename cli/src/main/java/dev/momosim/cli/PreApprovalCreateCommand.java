package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.PreApproval;
import dev.momosim.client.collections.PreApprovalResult;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Future;
import java.io.PrintWriter;
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
    return new CreateThenWait<>(KIND)
        .run(
            spec,
            api,
            creating,
            output,
            momo -> momo.collections().preApprovals().create(preApproval, options));
  }

  /** How pre-approvals are read back and shown. */
  private static final CreateThenWait.Kind<PreApprovalResult> KIND =
      new CreateThenWait.Kind<>() {
        @Override
        public String name() {
          return "pre-approval";
        }

        @Override
        public Future<PreApprovalResult> status(MomoClient momo, String referenceId) {
          return momo.collections().preApprovals().status(referenceId);
        }

        @Override
        public TransactionStatus statusOf(PreApprovalResult state) {
          return state.status();
        }

        @Override
        public void print(PrintWriter out, boolean json, PreApprovalResult state) {
          PreApprovalOutput.preApproval(out, json, state);
        }
      };
}
