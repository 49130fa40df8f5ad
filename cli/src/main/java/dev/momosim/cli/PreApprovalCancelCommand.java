package dev.momosim.cli;

import dev.momosim.client.product.Product;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim preapproval cancel ID}: cancels an approved pre-approval. One that is not
 * approved, already cancelled or expired is refused (exit 3).
 */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description = "Cancel an approved pre-approval.")
public final class PreApprovalCancelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin FormatOption output;

  @Parameters(
      paramLabel = "ID",
      description = "The preApprovalId, as `preapproval list` prints it.")
  String preApprovalId;

  @Override
  public Integer call() {
    return api.run(
        spec,
        Product.COLLECTION,
        Duration.ofSeconds(30),
        momo -> UsageException.check(() -> momo.collections().preApprovals().cancel(preApprovalId)),
        cancelled -> {
          var out = spec.commandLine().getOut();
          out.println(
              output.json()
                  ? new JsonObject()
                      .put("preApprovalId", preApprovalId)
                      .put("status", "CANCELLED")
                      .encodePrettily()
                  : "cancelled " + preApprovalId);
          out.flush();
          return ExitCodes.OK;
        });
  }
}
