package dev.momosim.cli;

import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim deposit}: deposit into a payee's account from the disbursement account. */
@Command(
    name = "deposit",
    description =
        "Deposit into a payee's account (disbursement). Prints the reference id, or the final "
            + "status with --wait.")
public final class DepositCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin PaymentOptions payment;

  @Mixin ApiVersionOption version;

  @Mixin FormatOption output;

  @Option(
      names = "--payee",
      required = true,
      paramLabel = "MSISDN",
      description = "The payee's number.")
  String payee;

  @Override
  public Integer call() {
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
        Product.DISBURSEMENT,
        payment.creating.timeout,
        momo -> {
          Disbursements disbursements = momo.disbursements();
          return PaymentPrinting.acceptedThenMaybeWait(
              disbursements.deposit(version.version, request, options),
              payment.creating.await,
              payment.creating.timeout,
              disbursements::awaitDeposit);
        },
        result -> PaymentPrinting.print(spec, output.json(), result));
  }
}
