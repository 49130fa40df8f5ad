package dev.momosim.client.collections;

import dev.momosim.client.model.Checks;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PaymentRequest;
import java.util.Objects;

/**
 * A request for a payer to pay. Immutable, thread-safe, validated at construction so a bad request
 * fails before it is sent.
 *
 * @param amount a positive decimal string such as {@code "100"} or {@code "12.50"}
 * @param currency a three-letter ISO 4217 code (the sandbox only knows EUR)
 * @param externalId the caller's id for reconciliation, or {@code null}
 * @param payer who is asked to pay
 * @param payerMessage at most 160 characters, no {@code '} or {@code &}; or {@code null}
 * @param payeeNote at most 160 characters, no {@code '} or {@code &}; or {@code null}
 */
public record RequestToPay(
    String amount,
    String currency,
    String externalId,
    Party payer,
    String payerMessage,
    String payeeNote)
    implements PaymentRequest {

  public RequestToPay {
    Checks.amount(amount);
    currency = Checks.currency(currency);
    Objects.requireNonNull(payer, "payer must not be null");
    Checks.message(payerMessage, "payerMessage");
    Checks.message(payeeNote, "payeeNote");
  }

  /** A request without external id or messages. */
  public static RequestToPay of(String amount, String currency, Party payer) {
    return new RequestToPay(amount, currency, null, payer, null, null);
  }

  @Override
  public Party party() {
    return payer;
  }
}
