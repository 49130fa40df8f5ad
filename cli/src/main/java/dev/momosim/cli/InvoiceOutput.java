package dev.momosim.cli;

import dev.momosim.client.collections.InvoiceResult;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;

/** How the invoice commands print an invoice: a line for people, JSON for scripts. */
final class InvoiceOutput {
  private InvoiceOutput() {}

  static void invoice(PrintWriter out, boolean json, InvoiceResult invoice) {
    if (json) {
      out.println(toJson(invoice).encodePrettily());
      return;
    }
    StringBuilder line =
        new StringBuilder(String.valueOf(invoice.referenceId()))
            .append(' ')
            .append(invoice.status());
    invoice.failure().ifPresent(failure -> line.append(' ').append(failure.code()));
    if (invoice.amount() != null) {
      line.append(' ').append(invoice.amount()).append(' ').append(invoice.currency());
    }
    if (invoice.invoiceId() != null) {
      line.append(" invoiceId=").append(invoice.invoiceId());
    }
    if (invoice.expiryDateTime() != null) {
      line.append(" expires=").append(invoice.expiryDateTime());
    }
    out.println(line);
  }

  private static JsonObject toJson(InvoiceResult invoice) {
    JsonObject json =
        new JsonObject()
            .put("referenceId", invoice.referenceId())
            .put("status", invoice.status().name())
            .put("amount", invoice.amount())
            .put("currency", invoice.currency())
            .put("externalId", invoice.externalId())
            .put("invoiceId", invoice.invoiceId())
            .put("paymentReference", invoice.paymentReference())
            .put("expiryDateTime", invoice.expiryDateTime())
            .put("description", invoice.description());
    if (invoice.intendedPayer() != null) {
      json.put("intendedPayer", PaymentOutput.party(invoice.intendedPayer()));
    }
    invoice.failure().ifPresent(failure -> json.put("reason", failure.code()));
    return json;
  }
}
