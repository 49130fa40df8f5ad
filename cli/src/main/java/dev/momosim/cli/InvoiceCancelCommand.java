package dev.momosim.cli;

import dev.momosim.client.collections.Invoices;
import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim invoice cancel REF}: cancels an unpaid invoice, then prints it as {@code invoice
 * status} does (FAILED TRANSACTION_CANCELED). A paid or failed one is refused (exit 3).
 */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description = "Cancel an unpaid invoice and show it.")
public final class InvoiceCancelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin FormatOption output;

  @Parameters(paramLabel = "REF", description = "The invoice's reference id.")
  String referenceId;

  @Option(
      names = "--external-id",
      paramLabel = "X",
      description = "The externalId of the cancel request's body.")
  String externalId;

  @Override
  public Integer call() {
    return api.run(
        spec,
        Product.COLLECTION,
        Duration.ofSeconds(30),
        momo -> {
          Invoices invoices = momo.collections().invoices();
          return UsageException.check(() -> invoices.cancel(referenceId, externalId))
              .compose(cancelled -> invoices.status(referenceId));
        },
        invoice -> {
          InvoiceOutput.invoice(spec.commandLine().getOut(), output.json(), invoice);
          spec.commandLine().getOut().flush();
          return ExitCodes.OK;
        });
  }
}
