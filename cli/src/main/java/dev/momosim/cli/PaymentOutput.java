package dev.momosim.cli;

import dev.momosim.client.model.Balance;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;

/** How the payment commands print a payment or a balance: a line for people, JSON for scripts. */
final class PaymentOutput {
  private PaymentOutput() {}

  static void transaction(PrintWriter out, boolean json, Transaction transaction) {
    if (json) {
      out.println(toJson(transaction).encodePrettily());
      return;
    }
    StringBuilder line =
        new StringBuilder(transaction.referenceId()).append(' ').append(transaction.status());
    transaction.failure().ifPresent(failure -> line.append(' ').append(failure.code()));
    if (transaction.amount() != null) {
      line.append(' ').append(transaction.amount()).append(' ').append(transaction.currency());
    }
    if (transaction.financialTransactionId() != null) {
      line.append(" financialTransactionId=").append(transaction.financialTransactionId());
    }
    out.println(line);
  }

  static void accepted(PrintWriter out, boolean json, String referenceId) {
    out.println(
        json
            ? new JsonObject()
                .put("referenceId", referenceId)
                .put("status", "ACCEPTED")
                .encodePrettily()
            : referenceId);
  }

  static void balance(PrintWriter out, boolean json, Balance balance) {
    out.println(
        json
            ? new JsonObject()
                .put("availableBalance", balance.availableBalance())
                .put("currency", balance.currency())
                .encodePrettily()
            : balance.availableBalance() + " " + balance.currency());
  }

  private static JsonObject toJson(Transaction transaction) {
    JsonObject json =
        new JsonObject()
            .put("referenceId", transaction.referenceId())
            .put("status", transaction.status().name())
            .put("amount", transaction.amount())
            .put("currency", transaction.currency())
            .put("externalId", transaction.externalId())
            .put("financialTransactionId", transaction.financialTransactionId());
    if (transaction.party() != null) {
      json.put("party", party(transaction.party()));
    }
    transaction.failure().ifPresent(failure -> json.put("reason", failure.code()));
    return json;
  }

  /** A party as MoMo writes it: {@code {"partyIdType","partyId"}}. */
  static JsonObject party(Party party) {
    return new JsonObject().put("partyIdType", party.type().name()).put("partyId", party.id());
  }
}
