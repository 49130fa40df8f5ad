package dev.momosim.cli;

import dev.momosim.client.MomoClient;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim status [--product P | --operation OP] REF}: a payment's status, as the MoMo API
 * reports it.
 */
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

  @Option(
      names = "--operation",
      paramLabel = "withdraw|deposit|refund",
      description =
          "Read a request-to-withdraw (collection), a deposit or a refund (disbursement) instead; "
              + "the operation implies the product.")
  String operation;

  @Parameters(paramLabel = "REF", description = "The payment's reference id.")
  String referenceId;

  @Override
  public Integer call() {
    Product chosen = operation == null ? ApiEndpointOptions.product(product) : productOf(operation);
    return api.run(
        spec,
        chosen,
        Duration.ofSeconds(30),
        momo -> UsageException.check(() -> read(momo, chosen)),
        transaction -> {
          PaymentOutput.transaction(spec.commandLine().getOut(), output.json(), transaction);
          spec.commandLine().getOut().flush();
          return ExitCodes.OK;
        });
  }

  private Future<Transaction> read(MomoClient momo, Product chosen) {
    if (operation == null) {
      return momo.product(chosen).status(referenceId);
    }
    return switch (operation) {
      case "withdraw" -> momo.collections().requestToWithdrawStatus(referenceId);
      case "deposit" -> momo.disbursements().depositStatus(referenceId);
      default -> momo.disbursements().refundStatus(referenceId);
    };
  }

  private static Product productOf(String operation) {
    return switch (operation) {
      case "withdraw" -> Product.COLLECTION;
      case "deposit", "refund" -> Product.DISBURSEMENT;
      default ->
          throw new UsageException(
              "--operation must be withdraw, deposit or refund, got '" + operation + "'");
    };
  }
}
