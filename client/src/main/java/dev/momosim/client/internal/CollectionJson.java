package dev.momosim.client.internal;

import dev.momosim.client.collections.CreateInvoice;
import dev.momosim.client.collections.CreatePayment;
import dev.momosim.client.collections.InvoiceResult;
import dev.momosim.client.collections.PaymentResult;
import dev.momosim.client.collections.PreApproval;
import dev.momosim.client.collections.PreApprovalDetails;
import dev.momosim.client.collections.PreApprovalResult;
import dev.momosim.client.collections.PreApprovalStatus;
import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Bodies of the collection operations beyond request-to-pay: invoices, pre-approvals, payments v2.
 * Readers fail with {@link MomoProtocolException} when the body is not the expected resource.
 */
final class CollectionJson {

  private CollectionJson() {}

  static Buffer invoice(CreateInvoice invoice) {
    JsonObject json = new JsonObject();
    putIfPresent(json, "externalId", invoice.externalId());
    json.put("amount", invoice.amount())
        .put("currency", invoice.currency())
        .put("validityDuration", Long.toString(invoice.validityDuration()))
        .put("intendedPayer", party(invoice.intendedPayer()));
    if (invoice.payee() != null) {
      json.put("payee", party(invoice.payee()));
    }
    putIfPresent(json, "description", invoice.description());
    return json.toBuffer();
  }

  static Buffer preApproval(PreApproval preApproval) {
    JsonObject json =
        new JsonObject()
            .put("payer", party(preApproval.payer()))
            .put("payerCurrency", preApproval.payerCurrency());
    putIfPresent(json, "payerMessage", preApproval.payerMessage());
    if (preApproval.validityTime() != null) {
      json.put("validityTime", preApproval.validityTime());
    }
    return json.toBuffer();
  }

  static Buffer payment(CreatePayment payment) {
    JsonObject json = new JsonObject();
    putIfPresent(json, "externalTransactionId", payment.externalTransactionId());
    json.put(
        "money",
        new JsonObject().put("amount", payment.amount()).put("currency", payment.currency()));
    putIfPresent(json, "customerReference", payment.customerReference());
    putIfPresent(json, "serviceProviderUserName", payment.serviceProviderUserName());
    putIfPresent(json, "couponId", payment.couponId());
    putIfPresent(json, "productId", payment.productId());
    putIfPresent(json, "productOfferingId", payment.productOfferingId());
    putIfPresent(json, "receiverMessage", payment.receiverMessage());
    putIfPresent(json, "senderNote", payment.senderNote());
    if (payment.maxNumberOfRetries() != null) {
      json.put("maxNumberOfRetries", payment.maxNumberOfRetries());
    }
    if (payment.includeSenderCharges() != null) {
      json.put("includeSenderCharges", payment.includeSenderCharges());
    }
    return json.toBuffer();
  }

  static InvoiceResult invoiceResult(ApiResponse response, String referenceId) {
    return read(
        response,
        "invoice",
        referenceId,
        json ->
            new InvoiceResult(
                orDefault(Json.text(json, "referenceId"), referenceId),
                Json.text(json, "externalId"),
                Json.text(json, "amount"),
                Json.text(json, "currency"),
                TransactionJson.status(json, TransactionStatus.class),
                Json.text(json, "paymentReference"),
                Json.text(json, "invoiceId"),
                Json.text(json, "expiryDateTime"),
                Json.text(json, "payeeFirstName"),
                Json.text(json, "payeeLastName"),
                TransactionJson.reason(json.getValue("errorReason", json.getValue("reason"))),
                TransactionJson.party(json.getValue("intendedPayer")),
                Json.text(json, "description")));
  }

  static PreApprovalResult preApprovalResult(ApiResponse response, String referenceId) {
    return read(
        response,
        "pre-approval",
        referenceId,
        json ->
            new PreApprovalResult(
                referenceId,
                TransactionJson.party(json.getValue("payer")),
                Json.text(json, "payerCurrency"),
                Json.text(json, "payerMessage"),
                TransactionJson.status(json, TransactionStatus.class),
                Json.text(json, "expirationDateTime"),
                TransactionJson.reason(json.getValue("reason"))));
  }

  static PaymentResult paymentResult(ApiResponse response, String referenceId) {
    return read(
        response,
        "payment",
        referenceId,
        json ->
            new PaymentResult(
                orDefault(Json.text(json, "referenceId"), referenceId),
                TransactionJson.status(json, TransactionStatus.class),
                Json.text(json, "financialTransactionId"),
                TransactionJson.reason(json.getValue("reason"))));
  }

  /** The payer's list: a JSON array of {@code PreApprovalDetails}; an empty body is no entry. */
  static List<PreApprovalDetails> preApprovalList(ApiResponse response) {
    String text = response.body() == null ? "" : response.body().toString().trim();
    if (text.isEmpty()) {
      return List.of();
    }
    Object value;
    try {
      value = io.vertx.core.json.Json.decodeValue(text);
    } catch (io.vertx.core.json.DecodeException notJson) {
      throw new MomoProtocolException("pre-approval list is not JSON", null, notJson);
    }
    if (!(value instanceof JsonArray array)) {
      throw new MomoProtocolException("pre-approval list is not a JSON array", null, null);
    }
    List<PreApprovalDetails> details = new ArrayList<>();
    for (Object entry : array) {
      if (!(entry instanceof JsonObject json)) {
        throw new MomoProtocolException("pre-approval list holds a non-object", null, null);
      }
      details.add(readDetails(json));
    }
    return List.copyOf(details);
  }

  private static PreApprovalDetails readDetails(JsonObject json) {
    try {
      return new PreApprovalDetails(
          Json.text(json, "preApprovalId"),
          Json.text(json, "toFri"),
          Json.text(json, "fromFri"),
          Json.text(json, "fromCurrency"),
          Json.text(json, "createdTime"),
          Json.text(json, "approvedTime"),
          Json.text(json, "expiryTime"),
          TransactionJson.status(json, PreApprovalStatus.class),
          Json.text(json, "message"),
          Json.text(json, "frequency"),
          Json.text(json, "startDate"),
          Json.text(json, "lastUsedDate"),
          Json.text(json, "offer"),
          Json.text(json, "externalId"),
          Json.text(json, "maxDebitAmount"));
    } catch (IllegalArgumentException | NullPointerException bad) {
      throw new MomoProtocolException("cannot read pre-approval: " + bad.getMessage(), null, bad);
    }
  }

  /** Reads a JSON object with {@code reader}, reporting any gap as a protocol failure. */
  static <T> T read(
      ApiResponse response, String what, String referenceId, Function<JsonObject, T> reader) {
    JsonObject json = Json.objectOrNull(response.body() == null ? "" : response.body().toString());
    if (json == null) {
      throw new MomoProtocolException(what + " body is not a JSON object", referenceId, null);
    }
    try {
      return reader.apply(json);
    } catch (IllegalArgumentException | NullPointerException | ClassCastException bad) {
      throw new MomoProtocolException(
          "cannot read " + what + ": " + bad.getMessage(), referenceId, bad);
    }
  }

  static JsonObject party(Party party) {
    return new JsonObject().put("partyIdType", party.type().name()).put("partyId", party.id());
  }

  static void putIfPresent(JsonObject json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }

  private static String orDefault(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
