package dev.momosim.cli;

import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim status --product P REF}: a payment's status, as the MoMo API reports it. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a payment's status.")
public final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin FormatOption output;

  @Option(
      names = "--product",
      defaultValue = "collection",
      paramLabel = "P",
      description =
          "collection (request-to-pay), disbursement or remittance (transfer). Default: collection.")
  String product;

  @Parameters(paramLabel = "REF", description = "The payment's reference id.")
  String referenceId;

  @Override
  public Integer call() {
    Product chosen = ApiEndpointOptions.product(product);
    return api.run(
        spec,
        chosen,
        Duration.ofSeconds(30),
        momo -> UsageException.check(() -> momo.product(chosen).status(referenceId)),
        transaction -> {
          PaymentOutput.transaction(spec.commandLine().getOut(), output.json(), transaction);
          spec.commandLine().getOut().flush();
          return ExitCodes.OK;
        });
  }
}
