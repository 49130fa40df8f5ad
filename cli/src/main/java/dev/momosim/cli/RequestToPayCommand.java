package dev.momosim.cli;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim request-to-pay}: ask a payer for money, through the Java client. */
@Command(
    name = "request-to-pay",
    mixinStandardHelpOptions = true,
    description =
        "Request a payment from a payer (collection). Prints the reference id, or the final "
            + "status with --wait.")
public final class RequestToPayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin PaymentOptions payment;

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
          Future<String> accepted = momo.collections().requestToPay(request, options);
          return PaymentPrinting.acceptedThenMaybeWait(
              accepted,
              payment.creating.await,
              payment.creating.timeout,
              momo.collections()::awaitFinal);
        },
        result -> PaymentPrinting.print(spec, output.json(), result));
  }
}
