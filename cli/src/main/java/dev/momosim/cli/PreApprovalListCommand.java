package dev.momosim.cli;

import dev.momosim.client.collections.AccountHolderIdType;
import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim preapproval list PAYER}: a payer's approved pre-approvals. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List a payer's approved pre-approvals (for the calling API user).")
public final class PreApprovalListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin FormatOption output;

  @Option(
      names = "--type",
      defaultValue = "msisdn",
      paramLabel = "TYPE",
      description = "How PAYER is named: msisdn, email, id or alias. Default: msisdn.")
  AccountHolderIdType type;

  @Parameters(paramLabel = "PAYER", description = "The payer, e.g. 256770000001.")
  String payer;

  @Override
  public Integer call() {
    return api.run(
        spec,
        Product.COLLECTION,
        Duration.ofSeconds(30),
        momo -> UsageException.check(() -> momo.collections().preApprovals().approved(type, payer)),
        preApprovals -> {
          PreApprovalOutput.list(spec.commandLine().getOut(), output.json(), preApprovals);
          spec.commandLine().getOut().flush();
          return ExitCodes.OK;
        });
  }
}
