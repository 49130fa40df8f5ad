package dev.momosim.cli;

import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim preapproval status REF}: a pre-approval request, as MoMo reports it. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show a pre-approval request.")
public final class PreApprovalStatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin FormatOption output;

  @Parameters(paramLabel = "REF", description = "The pre-approval's reference id.")
  String referenceId;

  @Override
  public Integer call() {
    return api.run(
        spec,
        Product.COLLECTION,
        Duration.ofSeconds(30),
        momo -> UsageException.check(() -> momo.collections().preApprovals().status(referenceId)),
        preApproval -> {
          PreApprovalOutput.preApproval(spec.commandLine().getOut(), output.json(), preApproval);
          spec.commandLine().getOut().flush();
          return ExitCodes.OK;
        });
  }
}
