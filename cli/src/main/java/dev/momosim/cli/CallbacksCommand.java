package dev.momosim.cli;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
        control -> control.callbacks(),
        all -> {
          JsonArray entries = new JsonArray();
          all.stream()
              .map(JsonObject.class::cast)
              .filter(
                  entry ->
                      referenceId == null || referenceId.equals(entry.getString("referenceId")))
              .forEach(entries::add);
          var out = spec.commandLine().getOut();
          if (output.json()) {
            out.println(new JsonObject().put("callbacks", entries).encodePrettily());
          } else if (entries.isEmpty()) {
            out.println("No callbacks.");
          } else {
            table(entries).print(out);
          }
          return ExitCodes.OK;
        });
  }

  private static TextTable table(JsonArray entries) {
    TextTable table =
        new TextTable(
            "ID", "REFERENCE", "PRODUCT", "METHOD", "URL", "OUTCOME", "ATTEMPTS", "LAST", "AT");
    for (Object item : entries) {
      JsonObject entry = (JsonObject) item;
      JsonArray attempts = entry.getJsonArray("attempts", new JsonArray());
      JsonObject last =
          attempts.isEmpty() ? new JsonObject() : attempts.getJsonObject(attempts.size() - 1);
      Object answer =
          last.getValue("statusCode") != null
              ? last.getValue("statusCode")
              : last.getString("error");
      table.row(
          entry.getString("id"),
          entry.getString("referenceId"),
          entry.getString("product"),
          entry.getString("method"),
          entry.getString("url"),
          entry.getString("outcome"),
          attempts.size(),
          answer,
          Instants.seconds(last.getString("at")));
    }
    return table;
  }
}
