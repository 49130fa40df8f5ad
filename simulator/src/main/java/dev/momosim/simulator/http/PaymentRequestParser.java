package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a creating call's body into a {@link PaymentRequest}, with a 400 naming the first field at
 * fault (momo-api.md §2, §8). Amount and externalId may come as JSON strings or numbers, as real
 * clients send both.
 */
final class PaymentRequestParser {
  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
  private static final int MAX_MESSAGE = 160;

  private PaymentRequestParser() {}

  static PaymentRequest parse(
      Product product,
      Operation operation,
      String referenceId,
      String apiUserId,
      String callbackUrl,
      JsonObject body) {
    return new PaymentRequest(
        product,
        operation,
        referenceId,
        apiUserId,
        amount(body.getValue("amount")),
        currency(body.getValue("currency")),
        optionalText(body, "externalId"),
        party(body.getValue(operation.partyField()), operation.partyField()),
        message(body, "payerMessage"),
        message(body, "payeeNote"),
        callbackUrl == null || callbackUrl.isBlank() ? null : callbackUrl.trim());
  }

  /**
   * MoMo sends a string; a JSON number is taken as the decimal it was written as. The rule is
   * Amounts'.
   */
  private static BigDecimal amount(Object value) {
    if (value == null) {
      throw MomoException.badRequest(
          "amount is required: a positive decimal string such as \"100\".");
    }
    BigDecimal amount = Amounts.parse("amount", value);
    if (amount.signum() <= 0) {
      throw MomoException.badRequest("amount must be greater than zero, was: " + value);
    }
    return amount;
  }

  private static String currency(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw MomoException.badRequest("currency is required: an ISO 4217 code such as \"EUR\".");
    }
    if (!CURRENCY.matcher(text).matches()) {
      throw MomoException.badRequest("currency must be a three-letter ISO 4217 code, was: " + text);
    }
    return text;
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
