package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.ReasonMessages;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.json.JsonObject;

/**
 * A transaction as MTN's status GET returns it, and so as its callback carries it: the fields and key
 * order of the real samples (momo-api.md §9). {@code financialTransactionId} only when SUCCESSFUL,
 * {@code reason} only when FAILED (a string, or {@code {"code","message"}} when so configured); fields
 * the request did not carry are left out.
 */
public final class TransactionJson {
  private final boolean reasonAsObject;

  public TransactionJson(boolean reasonAsObject) {
    this.reasonAsObject = reasonAsObject;
  }

  public JsonObject render(Transaction transaction) {
    PaymentRequest request = transaction.request();
    JsonObject json = new JsonObject();
    if (request.operation() == Operation.REQUEST_TO_PAY) {
      putFinancialId(json, transaction);
      putIfPresent(json, "externalId", request.externalId());
      putMoney(json, request);
    } else {
      putMoney(json, request);
      putFinancialId(json, transaction);
      putIfPresent(json, "externalId", request.externalId());
    }
    json.put(request.operation().partyField(), new JsonObject()
        .put("partyIdType", request.party().type())
        .put("partyId", request.party().id()));
    putIfPresent(json, "payerMessage", request.payerMessage());
    putIfPresent(json, "payeeNote", request.payeeNote());
    json.put("status", transaction.status().name());
    if (transaction.status() == TransactionStatus.FAILED) {
      json.put("reason", reasonAsObject
          ? new JsonObject().put("code", transaction.reason()).put("message", ReasonMessages.of(transaction.reason()))
          : transaction.reason());
    }
    return json;
  }

  private static void putMoney(JsonObject json, PaymentRequest request) {
    json.put("amount", Amounts.toWire(request.amount())).put("currency", request.currency());
  }

  private static void putFinancialId(JsonObject json, Transaction transaction) {
    putIfPresent(json, "financialTransactionId", transaction.financialTransactionId());
  }

  private static void putIfPresent(JsonObject json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }
}
