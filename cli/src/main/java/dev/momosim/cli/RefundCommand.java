package dev.momosim.cli;

import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.disbursements.Refund;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.product.Product;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim refund --of REF}: pay a successful request-to-pay back to its payer, from the
 * disbursement account.
 */
@Command(
    name = "refund",
    description =
        "Refund a SUCCESSFUL request-to-pay to its payer (disbursement). Prints the reference id "
            + "of the refund, or its final status with --wait.")
public final class RefundCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin PaymentOptions payment;

  @Mixin ApiVersionOption version;

  @Mixin FormatOption output;

  @Option(
      names = "--of",
      required = true,
      paramLabel = "REF",
      description = "The reference id of the request-to-pay to refund.")
  String referenceIdToRefund;

  @Override
  public Integer call() {
    Refund request =
        UsageException.check(
            () ->
                new Refund(
                    payment.amount,
                    payment.currency,
                    payment.externalId,
                    payment.payerMessage,
                    payment.payeeNote,
                    referenceIdToRefund));
    CreateOptions options = payment.createOptions();
    return api.run(
        spec,
        Product.DISBURSEMENT,
        payment.creating.timeout,
        momo -> {
          Disbursements disbursements = momo.disbursements();
          return PaymentPrinting.acceptedThenMaybeWait(
              disbursements.refund(version.version, request, options),
              payment.creating.await,
              payment.creating.timeout,
              disbursements::awaitRefund);
        },
        result -> PaymentPrinting.print(spec, output.json(), result));
  }
}
