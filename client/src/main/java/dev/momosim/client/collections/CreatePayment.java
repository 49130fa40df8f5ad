package dev.momosim.client.collections;

import dev.momosim.client.model.Checks;

/**
 * A bill payment or airtime purchase ({@code POST /collection/v2_0/payment}, MoMo's {@code
 * CreatePayments}; the amount and currency are sent as {@code money}). Immutable, thread-safe,
 * validated at construction.
 *
 * @param externalTransactionId the caller's id for reconciliation, or {@code null}
 * @param amount a positive decimal string such as {@code "100"}
 * @param currency a three-letter ISO 4217 code
 * @param customerReference the customer's reference at the service provider (e.g. an account or
 *     phone number)
 * @param serviceProviderUserName the service provider's user name, or {@code null}
 * @param couponId a coupon id, or {@code null}
 * @param productId a product id, or {@code null}
 * @param productOfferingId a product offering id, or {@code null}
 * @param receiverMessage a message for the receiver, or {@code null} (MTN declares no limit)
 * @param senderNote a note for the sender, or {@code null}
 * @param maxNumberOfRetries how often MoMo may retry, not negative; or {@code null}
 * @param includeSenderCharges whether the sender pays the charges; or {@code null}
 */
public record CreatePayment(
    String externalTransactionId,
    String amount,
    String currency,
    String customerReference,
    String serviceProviderUserName,
    String couponId,
    String productId,
    String productOfferingId,
    String receiverMessage,
    String senderNote,
    Integer maxNumberOfRetries,
    Boolean includeSenderCharges) {

  public CreatePayment {
    Checks.amount(amount);
    currency = Checks.currency(currency);
    Checks.notBlank(customerReference, "customerReference");
    if (maxNumberOfRetries != null && maxNumberOfRetries < 0) {
      throw new IllegalArgumentException(
          "maxNumberOfRetries must not be negative, got " + maxNumberOfRetries);
    }
  }

  /** A payment to a service provider with only the usual fields. */
  public static CreatePayment of(
      String externalTransactionId,
      String amount,
      String currency,
      String customerReference,
      String serviceProviderUserName) {
    return new CreatePayment(
        externalTransactionId,
        amount,
        currency,
        customerReference,
        serviceProviderUserName,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
