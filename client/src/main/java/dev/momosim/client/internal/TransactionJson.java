package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.FailureReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PartyIdType;
import dev.momosim.client.model.PaymentRequest;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/** Request bodies of creating calls, and transactions from status reads and callbacks. */
public final class TransactionJson {

  private TransactionJson() {}

  /**
   * The body of a request-to-pay ({@code partyField} "payer") or transfer ("payee"); amounts as
   * strings.
   */
  public static Buffer encode(PaymentRequest request, String partyField) {
    JsonObject json =
        new JsonObject().put("amount", request.amount()).put("currency", request.currency());
    if (request.externalId() != null) {
      json.put("externalId", request.externalId());
    }
    json.put(
        partyField,
        new JsonObject()
            .put("partyIdType", request.party().type().name())
            .put("partyId", request.party().id()));
    if (request.payerMessage() != null) {
      json.put("payerMessage", request.payerMessage());
    }
    if (request.payeeNote() != null) {
      json.put("payeeNote", request.payeeNote());
    }
    return json.toBuffer();
  }

  /**
   * Reads a status or callback body. {@code reason} may be a string or an object {@code
   * {code,message}}; the party is {@code payer} or {@code payee}.
   *
   * @throws MomoProtocolException when the body is not such a transaction
   */
  public static Transaction decode(Buffer body, String referenceId) {
    JsonObject json = Json.objectOrNull(body == null ? "" : body.toString());
    if (json == null) {
      throw new MomoProtocolException("transaction body is not a JSON object", referenceId, null);
    }
    try {
      return new Transaction(
          referenceId != null ? referenceId : Json.text(json, "referenceId"),
          status(json),
          Json.text(json, "amount"),
          Json.text(json, "currency"),
          Json.text(json, "externalId"),
          party(json.getValue("payer", json.getValue("payee"))),
          Json.text(json, "payerMessage"),
          Json.text(json, "payeeNote"),
          Json.text(json, "financialTransactionId"),
          reason(json.getValue("reason", json.getValue("errorReason"))));
    } catch (IllegalArgumentException | NullPointerException | ClassCastException bad) {
      throw new MomoProtocolException(
          "cannot read transaction: " + bad.getMessage(), referenceId, bad);
    }
  }

  private static TransactionStatus status(JsonObject json) {
    return status(json, TransactionStatus.class);
  }

  /** The {@code status} field as one of {@code type}'s constants, case-insensitively. */
  static <S extends Enum<S>> S status(JsonObject json, Class<S> type) {
    String status = Json.text(json, "status");
    if (status == null) {
      throw new IllegalArgumentException("no status");
    }
    try {
      return Enum.valueOf(type, status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException("unknown status '" + status + "'", unknown);
    }
  }

  /**
   * The echoed payer or payee, or null when there is none or the client cannot represent it (a type
   * such as ALIAS, a "+" in an MSISDN, an empty object): the party only repeats what was sent, and
   * a final status must never be lost over it.
   */
  static Party party(Object value) {
    if (!(value instanceof JsonObject party)) {
      return null;
    }
    try {
      return new Party(
          PartyIdType.parse(Json.text(party, "partyIdType")), Json.text(party, "partyId"));
    } catch (IllegalArgumentException | NullPointerException | ClassCastException unreadable) {
      return null;
    }
  }

  static FailureReason reason(Object reason) {
    if (reason == null) {
      return null;
    }
    if (reason instanceof JsonObject object) {
      return new FailureReason(Json.text(object, "code"), Json.text(object, "message"));
    }
    return new FailureReason(reason.toString(), null);
  }
}
