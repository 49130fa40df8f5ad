package dev.momosim.simulator.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A validated creating request (request-to-pay, transfer, withdrawal, deposit, refund, cash
 * transfer, payment) as accepted by the API.
 *
 * @param apiUserId the API user whose token sent it
 * @param externalId may be null, as may the messages and the callback URL
 * @param party the payer or payee; null only in a refund not yet accepted, whose body names none
 *     (accepting it names the refunded payment's payer)
 * @param version the path version it came in on (v1_0 when absent)
 * @param refundOf a refund's {@code referenceIdToRefund}: the request-to-pay it pays back; null for
 *     every other operation
 * @param details the operation's other body fields, in the order its status body echoes them (a
 *     cash transfer's KYC fields, a payment's customer reference); empty for most operations
 */
public record PaymentRequest(
    Product product,
    Operation operation,
    String referenceId,
    String apiUserId,
    BigDecimal amount,
    String currency,
    String externalId,
    Party party,
    String payerMessage,
    String payeeNote,
    String callbackUrl,
    ApiVersion version,
    String refundOf,
    Map<String, String> details) {

  public PaymentRequest {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(referenceId, "referenceId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (party == null && operation != Operation.REFUND) {
      throw new NullPointerException("party");
    }
    if ((refundOf != null) != (operation == Operation.REFUND)) {
      throw new IllegalArgumentException("a refund, and only a refund, names the payment it pays");
    }
    currency = CurrencyCodes.known(currency);
    version = version == null ? ApiVersion.V1_0 : version;
    details =
        details == null || details.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A v1 request with no refund and no operation-specific fields. */
  public PaymentRequest(
      Product product,
      Operation operation,
      String referenceId,
      String apiUserId,
      BigDecimal amount,
      String currency,
      String externalId,
      Party party,
      String payerMessage,
      String payeeNote,
      String callbackUrl) {
    this(
        product,
        operation,
        referenceId,
        apiUserId,
        amount,
        currency,
        externalId,
        party,
        payerMessage,
        payeeNote,
        callbackUrl,
        ApiVersion.V1_0,
        null,
        Map.of());
  }

  /**
   * The ISO 4217 codes, each kept once: a kept request shares its currency's string instead of
   * holding the copy its body brought (issue 19). Built on the first request, not at start-up.
   */
  private static final class CurrencyCodes {
    private static final Map<String, String> KNOWN =
        Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableMap(code -> code, code -> code, (a, b) -> a));

    static String known(String code) {
      return KNOWN.getOrDefault(code, code);
    }
  }

  /** This request naming {@code newParty} (a refund, once the refunded payment is known). */
  public PaymentRequest withParty(Party newParty) {
    return new PaymentRequest(
        product,
        operation,
        referenceId,
        apiUserId,
        amount,
        currency,
        externalId,
        Objects.requireNonNull(newParty, "party"),
        payerMessage,
        payeeNote,
        callbackUrl,
        version,
        refundOf,
        details);
  }
}
