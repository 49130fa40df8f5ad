package dev.momosim.cli;

import dev.momosim.simulator.control.CallbackView;
import dev.momosim.simulator.control.Paging;
import dev.momosim.simulator.control.SimulatorControl;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim callbacks}: the callback journal, newest first; {@code callbacks resend ID}
 * re-sends.
 */
@Command(
    name = "callbacks",
    mixinStandardHelpOptions = true,
    description =
        "List the callbacks sent (or dropped), newest first, with every attempt's result.",
    subcommands = CallbacksResendCommand.class)
public final class CallbacksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Mixin FormatOption output;

  @Option(
      names = "--reference",
      paramLabel = "REF",
      description = "Only callbacks for this transaction.")
  String referenceId;

  @Override
  public Integer call() {
    return simulator.run(
        control -> everyPage(control, Paging.FIRST, new ArrayList<>()),
        all -> {
          List<CallbackView> entries =
              all.stream()
                  .filter(entry -> referenceId == null || referenceId.equals(entry.referenceId()))
                  .toList();
          var out = spec.commandLine().getOut();
          if (output.json()) {
            out.println(
                new JsonObject()
                    .put(
                        "callbacks",
                        new JsonArray(entries.stream().map(CallbackView::toJson).toList()))
                    .encodePrettily());
          } else if (entries.isEmpty()) {
            out.println("No callbacks.");
          } else {
            table(entries).print(out);
          }
          return ExitCodes.OK;
        });
  }

  /**
   * The whole journal, a page at a time (it holds at most {@code callbacks.journalCapacity}); each
   * page is bounded on the simulator's side.
   */
  private static Future<List<CallbackView>> everyPage(
      SimulatorControl control, Paging paging, List<CallbackView> found) {
    return control
        .callbackPage(paging)
        .compose(
            page -> {
              found.addAll(page.items());
              return page.hasNext()
                  ? everyPage(control, paging.next(page.next()), found)
                  : Future.succeededFuture(found);
            });
  }

  private static TextTable table(List<CallbackView> entries) {
    TextTable table =
        new TextTable(
            "ID", "REFERENCE", "PRODUCT", "METHOD", "URL", "OUTCOME", "ATTEMPTS", "LAST", "AT");
    for (CallbackView entry : entries) {
      List<CallbackView.Attempt> attempts = entry.attempts();
      CallbackView.Attempt last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
      Object answer =
          last == null ? null : last.statusCode() != null ? last.statusCode() : last.error();
      table.row(
          entry.id(),
          entry.referenceId(),
          entry.product(),
          entry.method(),
          entry.url(),
          entry.outcome(),
          attempts.size(),
          answer,
          last == null ? null : Instants.seconds(last.at().toString()));
    }
    return table;
  }
}
