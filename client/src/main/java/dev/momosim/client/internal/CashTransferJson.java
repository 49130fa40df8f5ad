package dev.momosim.client.internal;

import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.remittances.CashTransfer;
import dev.momosim.client.remittances.CashTransferResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** The body of a cash transfer and its status; MTN spells the country field orginatingCountry. */
final class CashTransferJson {

  private static final String COUNTRY = "orginatingCountry";

  private CashTransferJson() {}

  static Buffer encode(CashTransfer transfer) {
    JsonObject json =
        new JsonObject()
            .put("amount", transfer.amount())
            .put("currency", transfer.currency())
            .put("payee", CollectionJson.party(transfer.payee()));
    CollectionJson.putIfPresent(json, "externalId", transfer.externalId());
    CollectionJson.putIfPresent(json, COUNTRY, transfer.originatingCountry());
    CollectionJson.putIfPresent(json, "originalAmount", transfer.originalAmount());
    CollectionJson.putIfPresent(json, "originalCurrency", transfer.originalCurrency());
    CollectionJson.putIfPresent(json, "payerMessage", transfer.payerMessage());
    CollectionJson.putIfPresent(json, "payeeNote", transfer.payeeNote());
    if (transfer.payerIdentificationType() != null) {
      json.put("payerIdentificationType", transfer.payerIdentificationType().name());
    }
    CollectionJson.putIfPresent(
        json, "payerIdentificationNumber", transfer.payerIdentificationNumber());
    CollectionJson.putIfPresent(json, "payerIdentity", transfer.payerIdentity());
    CollectionJson.putIfPresent(json, "payerFirstName", transfer.payerFirstName());
    CollectionJson.putIfPresent(json, "payerSurName", transfer.payerSurName());
    CollectionJson.putIfPresent(json, "payerLanguageCode", transfer.payerLanguageCode());
    CollectionJson.putIfPresent(json, "payerEmail", transfer.payerEmail());
    CollectionJson.putIfPresent(json, "payerMsisdn", transfer.payerMsisdn());
    CollectionJson.putIfPresent(json, "payerGender", transfer.payerGender());
    return json.toBuffer();
  }

  static CashTransferResult decode(ApiResponse response, String referenceId) {
    return CollectionJson.read(
        response,
        "cash transfer",
        referenceId,
        json ->
            new CashTransferResult(
                referenceId,
                TransactionJson.status(json, TransactionStatus.class),
                reason(json.getValue("reason")),
                Json.text(json, "financialTransactionId"),
                Json.text(json, "amount"),
                Json.text(json, "currency"),
                TransactionJson.party(json.getValue("payee")),
                Json.text(json, "externalId"),
                Json.text(json, COUNTRY),
                Json.text(json, "originalAmount"),
                Json.text(json, "originalCurrency"),
                Json.text(json, "payerMessage"),
                Json.text(json, "payeeNote"),
                Json.text(json, "payerIdentificationType"),
                Json.text(json, "payerIdentificationNumber"),
                Json.text(json, "payerIdentity"),
                Json.text(json, "payerFirstName"),
                Json.text(json, "payerSurName"),
                Json.text(json, "payerLanguageCode"),
                Json.text(json, "payerEmail"),
                Json.text(json, "payerMsisdn"),
                Json.text(json, "payerGender")));
  }

  /** A string as the schema says; the code of an object, should one come, so none is lost. */
  private static String reason(Object value) {
    if (value instanceof JsonObject object) {
      return Json.text(object, "code");
    }
    return value == null ? null : value.toString();
  }
}
