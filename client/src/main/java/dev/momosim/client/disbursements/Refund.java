package dev.momosim.client.disbursements;

import dev.momosim.client.model.Checks;

/**
 * A refund of a successful request-to-pay ({@code POST /disbursement/v1_0|v2_0/refund}, MoMo's
 * {@code Refund}): the money goes back to the original payer. Immutable, thread-safe, validated at
 * construction.
 *
 * @param amount a positive decimal string, at most what is left of the original
 * @param currency a three-letter ISO 4217 code
 * @param externalId the caller's id for reconciliation, or {@code null}
 * @param payerMessage at most 160 characters, no {@code '} or {@code &}; or {@code null}
 * @param payeeNote at most 160 characters, no {@code '} or {@code &}; or {@code null}
 * @param referenceIdToRefund the {@code X-Reference-Id} (UUID v4) of the request-to-pay to refund
 */
public record Refund(
    String amount,
    String currency,
    String externalId,
    String payerMessage,
    String payeeNote,
    String referenceIdToRefund) {

  public Refund {
    Checks.amount(amount);
    currency = Checks.currency(currency);
    Checks.message(payerMessage, "payerMessage");
    Checks.message(payeeNote, "payeeNote");
    referenceIdToRefund = Checks.uuidV4(referenceIdToRefund, "referenceIdToRefund");
  }

  /** A refund without external id or messages. */
  public static Refund of(String amount, String currency, String referenceIdToRefund) {
    return new Refund(amount, currency, null, null, null, referenceIdToRefund);
  }
}
