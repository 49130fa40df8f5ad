package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.app.PreApprovals;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.ReasonMessages;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A transaction as MTN's status GET returns it, and so as its callback carries it: the fields and
 * key order of the real samples (momo-api.md §9), by operation (RequestToPayResult, TransferResult,
 * RefundResult, CashTransferResult, PaymentResult). {@code financialTransactionId} only when
 * SUCCESSFUL, {@code reason} only when FAILED (a string, or {@code {"code","message"}} when so
 * configured); fields the request did not carry are left out.
 */
public final class TransactionJson {
  /** MTN's local date-time with milliseconds and no zone, as in {@code expiryDateTime}. */
  private static final DateTimeFormatter LOCAL_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  /** The cash transfer fields MTN places between {@code externalId} and the messages. */
  private static final List<String> CASH_TRANSFER_ORIGIN =
      List.of("orginatingCountry", "originalAmount", "originalCurrency");

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
    JsonText json = new JsonText();
    switch (request.operation()) {
      case REQUEST_TO_PAY, REQUEST_TO_WITHDRAW -> {
        json.field("financialTransactionId", transaction.financialTransactionId())
            .field("externalId", request.externalId())
            .field("amount", Amounts.toWire(request.amount()))
            .field("currency", request.currency());
        partyAndMessages(json, request);
        statusAndReason(json, transaction);
      }
      case TRANSFER, DEPOSIT, REFUND -> {
        json.field("amount", Amounts.toWire(request.amount()))
            .field("currency", request.currency())
            .field("financialTransactionId", transaction.financialTransactionId())
            .field("externalId", request.externalId());
        partyAndMessages(json, request);
        statusAndReason(json, transaction);
      }
      case CASH_TRANSFER -> cashTransfer(json, transaction);
      case INVOICE -> invoice(json, transaction);
      case PRE_APPROVAL -> preApproval(json, transaction);
      case PAYMENT -> {
        json.field("referenceId", transaction.referenceId())
            .field("status", transaction.status().name())
            .field("financialTransactionId", transaction.financialTransactionId());
        reason(json, transaction);
      }
    }
    return json.toString();
  }

  /**
   * InvoiceResult in the key order of MTN's sample: {@code invoiceId} and {@code paymentReference}
   * are numbers derived from the reference id, {@code expiryDateTime} is creation plus {@code
   * validityDuration}, and a failure is {@code errorReason}, an object as MTN declares it.
   */
  private static void invoice(JsonText json, Transaction transaction) {
    PaymentRequest request = transaction.request();
    Map<String, String> details = request.details();
    String validity = details.get(Payments.INVOICE_VALIDITY);
    Instant expiry =
        validity != null
            ? transaction.createdAt().plusSeconds(Long.parseLong(validity))
            : transaction.expiresAt();
    json.field("referenceId", transaction.referenceId())
        .field("externalId", request.externalId())
        .field("amount", Amounts.toWire(request.amount()))
        .field("currency", request.currency())
        .field("status", transaction.status().name())
        .field("paymentReference", numericId(transaction.referenceId(), 1))
        .field("invoiceId", numericId(transaction.referenceId(), 2))
        .field("expiryDateTime", expiry == null ? null : LOCAL_MILLIS.format(expiry));
    if (transaction.status() == TransactionStatus.FAILED) {
      json.object(
          "errorReason",
          reason ->
              reason
                  .field("code", transaction.reason())
                  .field("message", ReasonMessages.of(transaction.reason())));
    }
    json.object(
            "intendedPayer",
            party ->
                party
                    .field("partyIdType", request.party().type())
                    .field("partyId", request.party().id()))
        .field("description", details.get("description"));
  }

  /**
   * PreApprovalResult: {@code expirationDateTime} (declared an integer) is the epoch second the
   * approval stops being valid, present once approved with a validity time.
   */
  private void preApproval(JsonText json, Transaction transaction) {
    PaymentRequest request = transaction.request();
    json.object(
            "payer",
            party ->
                party
                    .field("partyIdType", request.party().type())
                    .field("partyId", request.party().id()))
        .field("payerCurrency", request.currency())
        .field("payerMessage", request.payerMessage())
        .field("status", transaction.status().name());
    Instant expiry = PreApprovals.expiry(transaction);
    if (expiry != null) {
      json.number("expirationDateTime", expiry.getEpochSecond());
    }
    reason(json, transaction);
  }

  /** A 10-digit number, the same for the same reference id and salt. */
  static String numericId(String referenceId, int salt) {
    long mixed = referenceId.hashCode() * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL;
    return Long.toString(1_000_000_000L + Math.floorMod(mixed ^ (mixed >>> 29), 9_000_000_000L));
  }

  private static void partyAndMessages(JsonText json, PaymentRequest request) {
    json.object(
            request.operation().partyField(),
            party ->
                party
                    .field("partyIdType", request.party().type())
                    .field("partyId", request.party().id()))
        .field("payerMessage", request.payerMessage())
        .field("payeeNote", request.payeeNote());
  }

  private void statusAndReason(JsonText json, Transaction transaction) {
    json.field("status", transaction.status().name());
    reason(json, transaction);
  }

  private void reason(JsonText json, Transaction transaction) {
    if (transaction.status() != TransactionStatus.FAILED) {
      return;
    }
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

  /**
   * CashTransferResult, in MTN's key order: the only result whose {@code reason} MTN declares a
   * plain string, so it is one whatever the reason format.
   */
  private static void cashTransfer(JsonText json, Transaction transaction) {
    PaymentRequest request = transaction.request();
    json.field("financialTransactionId", transaction.financialTransactionId())
        .field("status", transaction.status().name())
        .field(
            "reason",
            transaction.status() == TransactionStatus.FAILED ? transaction.reason() : null)
        .field("amount", Amounts.toWire(request.amount()))
        .field("currency", request.currency())
        .object(
            "payee",
            party ->
                party
                    .field("partyIdType", request.party().type())
                    .field("partyId", request.party().id()))
        .field("externalId", request.externalId());
    Map<String, String> details = request.details();
    for (String field : CASH_TRANSFER_ORIGIN) {
      json.field(field, details.get(field));
    }
    json.field("payerMessage", request.payerMessage()).field("payeeNote", request.payeeNote());
    details.forEach(
        (field, value) -> {
          if (!CASH_TRANSFER_ORIGIN.contains(field)) {
            json.field(field, value);
          }
        });
  }
}
