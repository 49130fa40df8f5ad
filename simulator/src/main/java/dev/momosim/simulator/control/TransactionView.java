package dev.momosim.simulator.control;

import io.vertx.core.json.JsonObject;

/**
 * A transaction as the control API shows it: everything the status GET shows plus the simulator's
 * own facts (product, operation, times, what decided the outcome, the callback URL). Instants are
 * ISO-8601 strings; absent values are null.
 */
public record TransactionView(
    String referenceId,
    String product,
    String operation,
    String status,
    String reason,
    String amount,
    String currency,
    String externalId,
    String partyIdType,
    String partyId,
    String payerMessage,
    String payeeNote,
    String financialTransactionId,
    String createdAt,
    String finishedAt,
    String expiresAt,
    String decidedBy,
    String callbackUrl) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("referenceId", referenceId)
        .put("product", product)
        .put("operation", operation)
        .put("status", status)
        .put("reason", reason)
        .put("amount", amount)
        .put("currency", currency)
        .put("externalId", externalId)
        .put("party", new JsonObject().put("partyIdType", partyIdType).put("partyId", partyId))
        .put("payerMessage", payerMessage)
        .put("payeeNote", payeeNote)
        .put("financialTransactionId", financialTransactionId)
        .put("createdAt", createdAt)
        .put("finishedAt", finishedAt)
        .put("expiresAt", expiresAt)
        .put("decidedBy", decidedBy)
        .put("callbackUrl", callbackUrl);
  }

  public static TransactionView fromJson(JsonObject json) {
    JsonObject party = json.getJsonObject("party", new JsonObject());
    return new TransactionView(
        json.getString("referenceId"),
        json.getString("product"),
        json.getString("operation"),
        json.getString("status"),
        json.getString("reason"),
        json.getString("amount"),
        json.getString("currency"),
        json.getString("externalId"),
        party.getString("partyIdType"),
        party.getString("partyId"),
        json.getString("payerMessage"),
        json.getString("payeeNote"),
        json.getString("financialTransactionId"),
        json.getString("createdAt"),
        json.getString("finishedAt"),
        json.getString("expiresAt"),
        json.getString("decidedBy"),
        json.getString("callbackUrl"));
  }

  public boolean isFinal() {
    return "SUCCESSFUL".equals(status) || "FAILED".equals(status);
  }
}
