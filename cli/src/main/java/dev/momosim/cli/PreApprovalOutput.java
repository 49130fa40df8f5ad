package dev.momosim.cli;

import dev.momosim.client.collections.PreApprovalDetails;
import dev.momosim.client.collections.PreApprovalResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.util.List;

/** How the pre-approval commands print: a line or a table for people, JSON for scripts. */
final class PreApprovalOutput {
  private PreApprovalOutput() {}

  static void preApproval(PrintWriter out, boolean json, PreApprovalResult preApproval) {
    if (json) {
      out.println(toJson(preApproval).encodePrettily());
      return;
    }
    StringBuilder line =
        new StringBuilder(String.valueOf(preApproval.referenceId()))
            .append(' ')
            .append(preApproval.status());
    preApproval.failure().ifPresent(failure -> line.append(' ').append(failure.code()));
    if (preApproval.payer() != null) {
      line.append(" payer=").append(preApproval.payer().id());
    }
    if (preApproval.payerCurrency() != null) {
      line.append(' ').append(preApproval.payerCurrency());
    }
    if (preApproval.expirationDateTime() != null) {
      line.append(" expires=").append(preApproval.expirationDateTime());
    }
    out.println(line);
  }

  /** The payer's list: a table, or a JSON array of MoMo's {@code PreApprovalDetails}. */
  static void list(PrintWriter out, boolean json, List<PreApprovalDetails> preApprovals) {
    if (json) {
      JsonArray array = new JsonArray();
      preApprovals.forEach(details -> array.add(toJson(details)));
      out.println(array.encodePrettily());
      return;
    }
    if (preApprovals.isEmpty()) {
      out.println("No pre-approvals.");
      return;
    }
    TextTable table = new TextTable("PREAPPROVAL_ID", "STATUS", "CURRENCY", "APPROVED", "EXPIRES");
    preApprovals.forEach(
        details ->
            table.row(
                details.preApprovalId(),
                details.status(),
                details.fromCurrency(),
                details.approvedTime(),
                details.expiryTime()));
    table.print(out);
  }

  private static JsonObject toJson(PreApprovalResult preApproval) {
    JsonObject json =
        new JsonObject()
            .put("referenceId", preApproval.referenceId())
            .put("status", preApproval.status().name())
            .put("payerCurrency", preApproval.payerCurrency())
            .put("payerMessage", preApproval.payerMessage())
            .put("expirationDateTime", preApproval.expirationDateTime());
    if (preApproval.payer() != null) {
      json.put("payer", PaymentOutput.party(preApproval.payer()));
    }
    preApproval.failure().ifPresent(failure -> json.put("reason", failure.code()));
    return json;
  }

  private static JsonObject toJson(PreApprovalDetails details) {
    return new JsonObject()
        .put("preApprovalId", details.preApprovalId())
        .put("toFri", details.toFri())
        .put("fromFri", details.fromFri())
        .put("fromCurrency", details.fromCurrency())
        .put("createdTime", details.createdTime())
        .put("approvedTime", details.approvedTime())
        .put("expiryTime", details.expiryTime())
        .put("status", details.status().name())
        .put("message", details.message())
        .put("frequency", details.frequency())
        .put("startDate", details.startDate())
        .put("lastUsedDate", details.lastUsedDate())
        .put("offer", details.offer())
        .put("externalId", details.externalId())
        .put("maxDebitAmount", details.maxDebitAmount());
  }
}
