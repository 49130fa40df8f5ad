package dev.momosim.cli;

import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import dev.momosim.client.product.TransferOperations;
import io.vertx.core.Future;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim transfer}: pay a payee from the disbursement or remittance account. */
@Command(
    name = "transfer",
    mixinStandardHelpOptions = true,
    description =
        "Pay a payee (disbursement or remittance). Prints the reference id, or the final status "
            + "with --wait.")
public final class TransferCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin PaymentOptions payment;

  @Mixin FormatOption output;

  @Option(
      names = "--product",
      defaultValue = "disbursement",
      paramLabel = "disbursement|remittance",
      description = "Which account pays. Default: disbursement.")
  String product;

  @Option(
      names = "--payee",
      required = true,
      paramLabel = "MSISDN",
      description = "The payee's number.")
  String payee;

  @Override
  public Integer call() {
    Product chosen = ApiEndpointOptions.product(product);
    if (chosen == Product.COLLECTION) {
      throw new UsageException("transfer needs --product disbursement or remittance");
    }
    Transfer request =
        UsageException.check(
            () ->
                new Transfer(
                    payment.amount,
                    payment.currency,
                    payment.externalId,
                    Party.msisdn(payee),
                    payment.payerMessage,
                    payment.payeeNote));
    CreateOptions options = payment.createOptions();
    return api.run(
        spec,
        chosen,
        payment.creating.timeout,
        momo -> {
          TransferOperations transfers =
              chosen == Product.DISBURSEMENT ? momo.disbursements() : momo.remittances();
          Future<String> accepted = transfers.transfer(request, options);
          return PaymentPrinting.acceptedThenMaybeWait(
              accepted, payment.creating.await, payment.creating.timeout, transfers::awaitFinal);
        },
        result -> PaymentPrinting.print(spec, output.json(), result));
  }
}
