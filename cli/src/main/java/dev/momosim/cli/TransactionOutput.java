package dev.momosim.cli;

import dev.momosim.simulator.control.Page;
import dev.momosim.simulator.control.TransactionView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.util.List;

/** How transaction lists and single decisions print, shared by the transaction commands. */
final class TransactionOutput {
  private TransactionOutput() {}

  /** {@code {"transactions": [...]}}, as {@code GET /_sim/transactions} answers. */
  static void json(PrintWriter out, List<TransactionView> views) {
    json(out, new Page<>(views, null));
  }

  /** {@code {"transactions": [...], "next": ...}}, as {@code GET /_sim/transactions} answers. */
  static void json(PrintWriter out, Page<TransactionView> page) {
    JsonArray array = new JsonArray();
    page.items().forEach(view -> array.add(view.toJson()));
    out.println(
        new JsonObject().put("transactions", array).put("next", page.next()).encodePrettily());
  }

  /** Under a table: how to ask for the next page, when there is one. */
  static void more(PrintWriter out, Page<?> page) {
    if (page.hasNext()) {
      out.println("More: --after " + page.next());
    }
  }

  static void table(PrintWriter out, List<TransactionView> views) {
    TextTable table =
        new TextTable(
            "REFERENCE",
            "PRODUCT",
            "OPERATION",
            "STATUS",
            "REASON",
            "AMOUNT",
            "CURRENCY",
            "PARTY",
            "CREATED");
    views.forEach(
        view ->
            table.row(
                view.referenceId(),
                view.product(),
                view.operation(),
                view.status(),
                view.reason(),
                view.amount(),
                view.currency(),
                view.partyId(),
                Instants.seconds(view.createdAt())));
    table.print(out);
  }

  /** Pending payments: no status or reason yet, but when they end on their own. */
  static void pendingTable(PrintWriter out, List<TransactionView> views) {
    TextTable table =
        new TextTable(
            "REFERENCE", "PRODUCT", "OPERATION", "AMOUNT", "CURRENCY", "PARTY", "CREATED", "ENDS");
    views.forEach(
        view ->
            table.row(
                view.referenceId(),
                view.product(),
                view.operation(),
                view.amount(),
                view.currency(),
                view.partyId(),
                Instants.seconds(view.createdAt()),
                Instants.seconds(view.expiresAt())));
    table.print(out);
  }

  /** One decided transaction: a sentence for people, the control API's JSON for scripts. */
  static void decision(PrintWriter out, boolean json, String verb, TransactionView view) {
    if (json) {
      out.println(view.toJson().encodePrettily());
      return;
    }
    String outcome = view.reason() == null ? view.status() : view.status() + " " + view.reason();
    out.println(verb + " " + view.referenceId() + ": " + outcome);
  }
}
