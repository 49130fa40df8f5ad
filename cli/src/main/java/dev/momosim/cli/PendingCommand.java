package dev.momosim.cli;

import dev.momosim.simulator.control.TransactionFilter;
import dev.momosim.simulator.control.TransactionView;
import dev.momosim.simulator.domain.Product;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim pending}: the payments waiting for a decision, newest first. */
@Command(
    name = "pending",
    mixinStandardHelpOptions = true,
    description = "List PENDING transactions, newest first (e.g. to approve them in MANUAL mode).")
public final class PendingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Option(
      names = "--product",
      paramLabel = "PRODUCT",
      description = "Only this product: collection, disbursement or remittance.")
  Product product;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "At most N. Default: 100.")
  int limit;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description = "The page after the one that printed this cursor (More: --after ...).")
  String after;

  @Override
  public Integer call() {
    TransactionFilter filter =
        new TransactionFilter("PENDING", product == null ? null : product.pathName(), null, limit);
    return simulator.run(
        control -> control.transactionPage(filter.withAfter(after)),
        page -> {
          var out = spec.commandLine().getOut();
          List<TransactionView> views = page.items();
          if (output.json()) {
            TransactionOutput.json(out, page);
          } else if (views.isEmpty()) {
            out.println("No pending transactions.");
          } else {
            TransactionOutput.pendingTable(out, views);
            TransactionOutput.more(out, page);
          }
          return ExitCodes.OK;
        });
  }
}
