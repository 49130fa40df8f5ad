package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.ApiVersion;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a creating call's body into a {@link PaymentRequest}, with a 400 naming the first field at
 * fault (momo-api.md §2, §8). Amount and externalId may come as JSON strings or numbers, as real
 * clients send both. Bodies by operation: {@code RequestToPay} (request-to-pay, withdrawal), {@code
 * Transfer} (transfer, deposit), {@code Refund}, {@code CashTransfer}, {@code CreatePayments},
 * {@code CreateInvoice}, {@code PreApproval}.
 */
final class PaymentRequestParser {
  private static final int MAX_MESSAGE = 160;

  /** CashTransfer's fields after the party, in MTN's order (the status body echoes them). */
  private static final List<String> CASH_TRANSFER_TEXT_FIELDS =
      List.of(
          "orginatingCountry",
          "originalAmount",
          "originalCurrency",
          "payerIdentificationType",
          "payerIdentificationNumber",
          "payerIdentity",
          "payerFirstName",
          "payerSurName",
          "payerLanguageCode",
          "payerEmail",
          "payerMsisdn",
          "payerGender");

  private static final List<String> IDENTIFICATION_TYPES =
      List.of("PASS", "CPFA", "SRSSA", "NRIN", "OTHR", "DRLC", "SOCS", "AREG", "IDCD", "EMID");

  /** CreatePayments' text fields besides money and externalTransactionId, in MTN's order. */
  private static final List<String> PAYMENT_TEXT_FIELDS =
      List.of(
          "customerReference",
          "serviceProviderUserName",
          "couponId",
          "productId",
          "productOfferingId",
          "receiverMessage",
          "senderNote");

  private final int emptyPartyStatus;

  /**
   * @param emptyPartyStatus the answer to a body whose payer or payee is {@code {}}: 500 as MTN's
   *     sandbox answers (momo-api.md §13.4), or 400 naming the first missing field
   */
  PaymentRequestParser(int emptyPartyStatus) {
    this.emptyPartyStatus = emptyPartyStatus;
  }

  PaymentRequest parse(
      Product product,
      Operation operation,
      ApiVersion version,
      String referenceId,
      String apiUserId,
      String callbackUrl,
      JsonObject body) {
    String callback = callbackUrl == null || callbackUrl.isBlank() ? null : callbackUrl.trim();
    return switch (operation) {
      case REFUND -> refund(product, version, referenceId, apiUserId, callback, body);
      case PAYMENT -> payment(product, version, referenceId, apiUserId, callback, body);
      case INVOICE -> {
        refuseEmptyParty(body.getValue("intendedPayer"));
        yield invoice(product, version, referenceId, apiUserId, callback, body);
      }
      case PRE_APPROVAL -> {
        refuseEmptyParty(body.getValue("payer"));
        yield preApproval(product, version, referenceId, apiUserId, callback, body);
      }
      default -> {
        refuseEmptyParty(body.getValue(operation.partyField()));
        yield new PaymentRequest(
            product,
            operation,
            referenceId,
            apiUserId,
            amount("amount", body.getValue("amount")),
            currency("currency", body.getValue("currency")),
            optionalText(body, "externalId"),
            party(body.getValue(operation.partyField()), operation.partyField()),
            message(body, "payerMessage"),
            message(body, "payeeNote"),
            callback,
            version,
            null,
            operation == Operation.CASH_TRANSFER ? cashTransferDetails(body) : Map.of());
      }
    };
  }

  /** MTN's sandbox fails a body whose party is an empty object with a 500 (momo-api.md §8). */
  private void refuseEmptyParty(Object party) {
    if (emptyPartyStatus != 400 && party instanceof JsonObject object && object.isEmpty()) {
      throw new MomoException(
          emptyPartyStatus,
          "INTERNAL_PROCESSING_ERROR",
          "An internal error occurred while processing.");
    }
  }

  private static PaymentRequest refund(
      Product product,
      ApiVersion version,
      String referenceId,
      String apiUserId,
      String callbackUrl,
      JsonObject body) {
    BigDecimal amount = amount("amount", body.getValue("amount"));
    String currency = currency("currency", body.getValue("currency"));
    Object refunded = body.getValue("referenceIdToRefund");
    if (!(refunded instanceof String text) || text.isBlank()) {
      throw MomoException.badRequest(
          "referenceIdToRefund is required: the X-Reference-Id of the request-to-pay to refund.");
    }
    if (!ReferenceIds.isUuidV4(text.trim())) {
      throw MomoException.badRequest(
          "referenceIdToRefund must be the UUID of a request-to-pay, was: " + text);
    }
    return new PaymentRequest(
        product,
        Operation.REFUND,
        referenceId,
        apiUserId,
        amount,
        currency,
        optionalText(body, "externalId"),
        null,
        message(body, "payerMessage"),
        message(body, "payeeNote"),
        callbackUrl,
        version,
        text.trim(),
        Map.of());
  }

  /**
   * A CreatePayments body: the money under {@code money}; the service provider paid is the payee
   * ({@code PARTY_CODE:<serviceProviderUserName>}).
   */
  private static PaymentRequest payment(
      Product product,
      ApiVersion version,
      String referenceId,
      String apiUserId,
      String callbackUrl,
      JsonObject body) {
    Object moneyValue = body.getValue("money");
    if (!(moneyValue instanceof JsonObject money)) {
      throw MomoException.badRequest(
          "money is required: {\"amount\":\"100\",\"currency\":\"EUR\"}.");
    }
    BigDecimal amount = amount("money.amount", money.getValue("amount"));
    String currency = currency("money.currency", money.getValue("currency"));
    Map<String, String> details = new LinkedHashMap<>();
    for (String field : PAYMENT_TEXT_FIELDS) {
      putIfPresent(
          details,
          field,
          field.endsWith("Message") || field.endsWith("Note")
              ? message(body, field)
              : optionalText(body, field));
    }
    String provider = details.get("serviceProviderUserName");
    if (provider == null || provider.isBlank()) {
      throw MomoException.badRequest(
          "serviceProviderUserName is required: the service provider the payment pays.");
    }
    putIfPresent(details, "maxNumberOfRetries", wholeNumber(body, "maxNumberOfRetries"));
    putIfPresent(details, "includeSenderCharges", flag(body, "includeSenderCharges"));
    return new PaymentRequest(
        product,
        Operation.PAYMENT,
        referenceId,
        apiUserId,
        amount,
        currency,
        optionalText(body, "externalTransactionId"),
        new Party("PARTY_CODE", provider.trim()),
        null,
        null,
        callbackUrl,
        version,
        null,
        details);
  }

  /**
   * A CreateInvoice body: the intended payer pays; {@code payee}, {@code description} and {@code
   * validityDuration} (seconds) are kept to echo.
   */
  private static PaymentRequest invoice(
      Product product,
      ApiVersion version,
      String referenceId,
      String apiUserId,
      String callbackUrl,
      JsonObject body) {
    BigDecimal amount = amount("amount", body.getValue("amount"));
    String currency = currency("currency", body.getValue("currency"));
    Party intendedPayer = party(body.getValue("intendedPayer"), "intendedPayer");
    Map<String, String> details = new LinkedHashMap<>();
    if (body.getValue("payee") != null) {
      Party payee = party(body.getValue("payee"), "payee");
      details.put("payee.partyIdType", payee.type());
      details.put("payee.partyId", payee.id());
    }
    putIfPresent(details, "description", message(body, "description"));
    putIfPresent(details, "validityDuration", positiveSeconds(body, "validityDuration"));
    return new PaymentRequest(
        product,
        Operation.INVOICE,
        referenceId,
        apiUserId,
        amount,
        currency,
        optionalText(body, "externalId"),
        intendedPayer,
        null,
        null,
        callbackUrl,
        version,
        null,
        details);
  }

  /**
   * A PreApproval body: no amount (kept as 0), the currency is {@code payerCurrency}, {@code
   * validityTime} the seconds it is valid once approved.
   */
  private static PaymentRequest preApproval(
      Product product,
      ApiVersion version,
      String referenceId,
      String apiUserId,
      String callbackUrl,
      JsonObject body) {
    Party payer = party(body.getValue("payer"), "payer");
    String currency = currency("payerCurrency", body.getValue("payerCurrency"));
    Map<String, String> details = new LinkedHashMap<>();
    putIfPresent(details, "validityTime", positiveSeconds(body, "validityTime"));
    return new PaymentRequest(
        product,
        Operation.PRE_APPROVAL,
        referenceId,
        apiUserId,
        BigDecimal.ZERO,
        currency,
        null,
        payer,
        message(body, "payerMessage"),
        null,
        callbackUrl,
        version,
        null,
        details);
  }

  /** A positive whole number of seconds, as a JSON number or a string of digits. */
  private static String positiveSeconds(JsonObject body, String field) {
    String seconds = wholeNumber(body, field);
    if (seconds != null && Long.parseLong(seconds) <= 0) {
      throw MomoException.badRequest(
          field + " must be a positive number of seconds, was: " + seconds);
    }
    return seconds;
  }

  private static Map<String, String> cashTransferDetails(JsonObject body) {
    Map<String, String> details = new LinkedHashMap<>();
    for (String field : CASH_TRANSFER_TEXT_FIELDS) {
      putIfPresent(details, field, optionalText(body, field));
    }
    String originalAmount = details.get("originalAmount");
    if (originalAmount != null) {
      details.put(
          "originalAmount",
          Amounts.toWire(amount("originalAmount", body.getValue("originalAmount"))));
    }
    String originalCurrency = details.get("originalCurrency");
    if (originalCurrency != null) {
      currency("originalCurrency", originalCurrency);
    }
    String identificationType = details.get("payerIdentificationType");
    if (identificationType != null && !IDENTIFICATION_TYPES.contains(identificationType)) {
      throw MomoException.badRequest(
          "payerIdentificationType must be one of "
              + String.join(", ", IDENTIFICATION_TYPES)
              + ", was: "
              + identificationType);
    }
    return details;
  }

  private static void putIfPresent(Map<String, String> details, String field, String value) {
    if (value != null) {
      details.put(field, value);
    }
  }

  /**
   * MoMo sends a string; a JSON number is taken as the decimal it was written as. The rule is
   * Amounts'.
   */
  private static BigDecimal amount(String field, Object value) {
    if (value == null) {
      throw MomoException.badRequest(
          field + " is required: a positive decimal string such as \"100\".");
    }
    BigDecimal amount = Amounts.parse(field, value);
    if (amount.signum() <= 0) {
      throw MomoException.badRequest(field + " must be greater than zero, was: " + value);
    }
    return amount;
  }

  private static String currency(String field, Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw MomoException.badRequest(field + " is required: an ISO 4217 code such as \"EUR\".");
    }
    if (!isThreeLetters(text)) {
      throw MomoException.badRequest(field + " must be a three-letter ISO 4217 code, was: " + text);
    }
    return text;
  }

  /** {@code [A-Za-z]{3}}, without the matcher a pattern allocates on every request. */
  private static boolean isThreeLetters(String text) {
    if (text.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  private static Party party(Object value, String field) {
    if (!(value instanceof JsonObject party)) {
      throw MomoException.badRequest(
          field + " is required: {\"partyIdType\":\"MSISDN\",\"partyId\":\"...\"}.");
    }
    Object type = party.getValue("partyIdType");
    if (!(type instanceof String typeText)
        || !Party.TYPES.contains(typeText.toUpperCase(Locale.ROOT))) {
      throw MomoException.badRequest(
          field
              + ".partyIdType must be one of "
              + String.join(", ", Party.TYPES.stream().sorted().toList())
              + ", was: "
              + type);
    }
    Object id = party.getValue("partyId");
    String idText = id instanceof String s ? s.trim() : id instanceof Number ? id.toString() : null;
    if (idText == null || idText.isEmpty()) {
      throw MomoException.badRequest(field + ".partyId is required.");
    }
    return new Party(typeText, idText);
  }

  private static String optionalText(JsonObject body, String field) {
    Object value = body.getValue(field);
    if (value == null) {
      return null;
    }
    if (value instanceof String || value instanceof Number) {
      return value.toString();
    }
    throw MomoException.badRequest(field + " must be a string.");
  }

  /** An integer, sent as a JSON number or (as MTN's Postman does) a string of digits. */
  private static String wholeNumber(JsonObject body, String field) {
    Object value = body.getValue(field);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    if ((value instanceof String || value instanceof Integer || value instanceof Long)
        && text.matches("\\d{1,9}")) {
      return text;
    }
    throw MomoException.badRequest(field + " must be a whole number, was: " + value);
  }

  /** A boolean, sent as JSON true/false or (as MTN's Postman does) "true", "false", "1", "0". */
  private static String flag(JsonObject body, String field) {
    Object value = body.getValue(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean bool) {
      return bool.toString();
    }
    String text = value.toString().trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "1" -> "true";
      case "false", "0" -> "false";
      default -> throw MomoException.badRequest(field + " must be true or false, was: " + value);
    };
  }

  private static String message(JsonObject body, String field) {
    String text = optionalText(body, field);
    if (text == null) {
      return null;
    }
    if (text.length() > MAX_MESSAGE) {
      throw MomoException.badRequest(
          field + " must be at most " + MAX_MESSAGE + " characters, was " + text.length() + ".");
    }
    if (text.indexOf('\'') >= 0 || text.indexOf('&') >= 0) {
      throw MomoException.badRequest(field + " must not contain ' or &.");
    }
    return text;
  }
}
