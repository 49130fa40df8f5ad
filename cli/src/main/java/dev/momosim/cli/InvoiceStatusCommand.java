package dev.momosim.cli;

import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim invoice status REF}: an invoice, as the MoMo API reports it. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show an invoice.")
public final class InvoiceStatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin FormatOption output;

  @Parameters(paramLabel = "REF", description = "The invoice's reference id.")
  String referenceId;

  @Override
  public Integer call() {
    return api.run(
        spec,
        Product.COLLECTION,
        Duration.ofSeconds(30),
        momo -> UsageException.check(() -> momo.collections().invoices().status(referenceId)),
        invoice -> {
          InvoiceOutput.invoice(spec.commandLine().getOut(), output.json(), invoice);
          spec.commandLine().getOut().flush();
          return ExitCodes.OK;
        });
  }
}
