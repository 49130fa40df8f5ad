package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.ReasonMessages;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.json.JsonObject;

/**
 * A transaction as MTN's status GET returns it, and so as its callback carries it: the fields and
 * key order of the real samples (momo-api.md §9). {@code financialTransactionId} only when
 * SUCCESSFUL, {@code reason} only when FAILED (a string, or {@code {"code","message"}} when so
 * configured); fields the request did not carry are left out.
 */
public final class TransactionJson {
  private final boolean reasonAsObject;

  public TransactionJson(boolean reasonAsObject) {
    this.reasonAsObject = reasonAsObject;
  }

  public JsonObject render(Transaction transaction) {
    return new JsonObject(text(transaction));
  }

  /** The body as text, written directly: the status GET is the simulator's hottest answer. */
  public String text(Transaction transaction) {
    PaymentRequest request = transaction.request();
    String amount = Amounts.toWire(request.amount());
    JsonText json = new JsonText();
    if (request.operation() == Operation.REQUEST_TO_PAY) {
      json.field("financialTransactionId", transaction.financialTransactionId())
          .field("externalId", request.externalId())
          .field("amount", amount)
          .field("currency", request.currency());
    } else {
      json.field("amount", amount)
          .field("currency", request.currency())
          .field("financialTransactionId", transaction.financialTransactionId())
          .field("externalId", request.externalId());
    }
    json.object(
            request.operation().partyField(),
            party ->
                party
                    .field("partyIdType", request.party().type())
                    .field("partyId", request.party().id()))
        .field("payerMessage", request.payerMessage())
        .field("payeeNote", request.payeeNote())
        .field("status", transaction.status().name());
    if (transaction.status() == TransactionStatus.FAILED) {
      if (reasonAsObject) {
        json.object(
            "reason",
            reason ->
                reason
                    .field("code", transaction.reason())
                    .field("message", ReasonMessages.of(transaction.reason())));
      } else {
        json.field("reason", transaction.reason());
      }
    }
    return json.toString();
  }
}
