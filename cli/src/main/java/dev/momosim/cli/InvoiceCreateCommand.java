package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.CreateInvoice;
import dev.momosim.client.collections.InvoiceResult;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim invoice create}: an invoice for a payer to pay, through the Java client. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description =
        "Create an invoice for a payer. Prints the reference id, or the final status with --wait.")
public final class InvoiceCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin CreatingOptions creating;

  @Mixin FormatOption output;

  @Option(
      names = "--payer",
      required = true,
      paramLabel = "MSISDN",
      description = "The intended payer's number.")
  String payer;

  @Option(
      names = "--amount",
      required = true,
      paramLabel = "A",
      description = "Amount, e.g. 100 or 12.50.")
  String amount;

  @Option(
      names = "--currency",
      defaultValue = "EUR",
      description = "Currency. Default: EUR (the sandbox's).")
  String currency;

  @Option(
      names = "--validity",
      defaultValue = "1h",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description =
          "How long the payer may take to pay (validityDuration, whole seconds). " + "Default: 1h.")
  Duration validity;

  @Option(names = "--external-id", paramLabel = "X", description = "Your id for reconciliation.")
  String externalId;

  @Option(
      names = "--payee",
      paramLabel = "MSISDN",
      description = "Who is paid. Default: the API user's own account.")
  String payee;

  @Option(names = "--description", paramLabel = "TEXT", description = "Shown to the payer.")
  String description;

  @Override
  public Integer call() {
    CreateInvoice invoice =
        UsageException.check(
            () ->
                new CreateInvoice(
                    externalId,
                    amount,
                    currency,
                    validity.toSeconds(),
                    Party.msisdn(payer),
                    payee == null ? null : Party.msisdn(payee),
                    description));
    CreateOptions options = creating.createOptions();
    return new CreateThenWait<>(KIND)
        .run(
            spec,
            api,
            creating,
            output,
            momo -> momo.collections().invoices().create(invoice, options));
  }

  /** How invoices are read back and shown. */
  private static final CreateThenWait.Kind<InvoiceResult> KIND =
      new CreateThenWait.Kind<>() {
        @Override
        public String name() {
          return "invoice";
        }

        @Override
        public Future<InvoiceResult> status(MomoClient momo, String referenceId) {
          return momo.collections().invoices().status(referenceId);
        }

        @Override
        public TransactionStatus statusOf(InvoiceResult state) {
          return state.status();
        }

        @Override
        public void print(PrintWriter out, boolean json, InvoiceResult state) {
          InvoiceOutput.invoice(out, json, state);
        }
      };
}
