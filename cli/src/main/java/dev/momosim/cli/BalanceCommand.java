package dev.momosim.cli;

import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim balance --product P}: the product account's available balance. */
@Command(
    name = "balance",
    mixinStandardHelpOptions = true,
    description = "Show a product account's balance.")
public final class BalanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin FormatOption output;

  @Option(
      names = "--product",
      defaultValue = "collection",
      paramLabel = "P",
      description = "collection, disbursement or remittance. Default: collection.")
  String product;

  @Override
  public Integer call() {
    Product chosen = ApiEndpointOptions.product(product);
    return api.run(
        spec,
        chosen,
        Duration.ofSeconds(30),
        momo -> momo.product(chosen).balance(),
        balance -> {
          PaymentOutput.balance(spec.commandLine().getOut(), output.json(), balance);
          spec.commandLine().getOut().flush();
          return ExitCodes.OK;
        });
  }
}
