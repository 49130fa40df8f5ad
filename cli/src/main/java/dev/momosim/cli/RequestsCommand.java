package dev.momosim.cli;

import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.control.RequestView;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momo-sim requests}: the request journal (secrets redacted), newest first. */
@Command(
    name = "requests",
    mixinStandardHelpOptions = true,
    description = "List the requests the simulator answered, newest first (secrets redacted).")
public final class RequestsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Option(
      names = "--path",
      paramLabel = "TEXT",
      description = "Only paths containing TEXT, e.g. requesttopay.")
  String path;

  @Option(
      names = "--reference",
      paramLabel = "REF",
      description = "Only requests about this reference id.")
  String referenceId;

  @Option(
      names = "--product",
      paramLabel = "PRODUCT",
      description = "Only this product: collection, disbursement or remittance.")
  Product product;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N. Default: 50.")
  int limit;

  @Option(
      names = "--after",
      paramLabel = "ID",
      description = "The page after the one that printed this cursor (More: --after ...).")
  String after;

  @Override
  public Integer call() {
    return simulator.run(
        control ->
            control.requestPage(
                new RequestFilter(
                    path, referenceId, product == null ? null : product.pathName(), limit, after)),
        page -> {
          var out = spec.commandLine().getOut();
          List<RequestView> entries = page.items();
          if (output.json()) {
            out.println(
                new JsonObject()
                    .put(
                        "requests",
                        new JsonArray(entries.stream().map(RequestView::toJson).toList()))
                    .put("next", page.next())
                    .encodePrettily());
          } else if (entries.isEmpty()) {
            out.println("No requests.");
          } else {
            table(entries).print(out);
            TransactionOutput.more(out, page);
          }
          return ExitCodes.OK;
        });
  }

  private static TextTable table(List<RequestView> entries) {
    TextTable table = new TextTable("AT", "METHOD", "PATH", "STATUS", "REFERENCE", "MS");
    for (RequestView entry : entries) {
      table.row(
          Instants.seconds(entry.at().toString()),
          entry.method(),
          entry.path(),
          entry.status(),
          entry.referenceId(),
          String.format(java.util.Locale.ROOT, "%.1f", entry.durationMillis()));
    }
    return table;
  }
}
