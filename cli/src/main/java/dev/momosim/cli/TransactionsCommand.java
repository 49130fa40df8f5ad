package dev.momosim.cli;

import dev.momosim.simulator.control.TransactionFilter;
import dev.momosim.simulator.control.TransactionView;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.TransactionStatus;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim transactions}: every transaction the simulator holds, newest first, filtered. */
@Command(
    name = "transactions",
    mixinStandardHelpOptions = true,
    description = "List transactions, newest first.")
public final class TransactionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only this status: ${COMPLETION-CANDIDATES}.")
  TransactionStatus status;

  @Option(
      names = "--product",
      paramLabel = "PRODUCT",
      description = "Only this product: collection, disbursement or remittance.")
  Product product;

  @Option(
      names = "--party-id",
      paramLabel = "ID",
      description = "Only this payer or payee, e.g. 256770000001.")
  String partyId;

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
        new TransactionFilter(
            status == null ? null : status.name(),
            product == null ? null : product.pathName(),
            partyId,
            limit);
    return simulator.run(
        control -> control.transactionPage(filter.withAfter(after)),
        page -> {
          var out = spec.commandLine().getOut();
          List<TransactionView> views = page.items();
          if (output.json()) {
            TransactionOutput.json(out, page);
          } else if (views.isEmpty()) {
            out.println("No transactions.");
          } else {
            TransactionOutput.table(out, views);
            TransactionOutput.more(out, page);
          }
          return ExitCodes.OK;
        });
  }
}
