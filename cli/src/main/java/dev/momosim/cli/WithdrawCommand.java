package dev.momosim.cli;

import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.product.Product;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim withdraw}: ask a payer to approve a withdrawal, through the Java client. */
@Command(
    name = "withdraw",
    description =
        "Request a withdrawal from a payer's account (collection request-to-withdraw). Prints the "
            + "reference id, or the final status with --wait.")
public final class WithdrawCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin PaymentOptions payment;

  @Mixin ApiVersionOption version;

  @Mixin FormatOption output;

  @Option(
      names = "--payer",
      required = true,
      paramLabel = "MSISDN",
      description = "The payer's number.")
  String payer;

  @Override
  public Integer call() {
    RequestToPay request =
        UsageException.check(
            () ->
                new RequestToPay(
                    payment.amount,
                    payment.currency,
                    payment.externalId,
                    Party.msisdn(payer),
                    payment.payerMessage,
                    payment.payeeNote));
    CreateOptions options = payment.createOptions();
    return api.run(
        spec,
        Product.COLLECTION,
        payment.creating.timeout,
        momo -> {
          Collections collections = momo.collections();
          return PaymentPrinting.acceptedThenMaybeWait(
              collections.requestToWithdraw(version.version, request, options),
              payment.creating.await,
              payment.creating.timeout,
              collections::awaitRequestToWithdraw);
        },
        result -> PaymentPrinting.print(spec, output.json(), result));
  }
}
