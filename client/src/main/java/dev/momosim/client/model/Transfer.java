package dev.momosim.client.model;

import java.util.Objects;

/**
 * A transfer to a payee, used by {@code disbursements()} and {@code remittances()}. Immutable,
 * thread-safe, validated at construction so a bad request fails before it is sent.
 *
 * @param amount a positive decimal string such as {@code "100"} or {@code "12.50"}
 * @param currency a three-letter ISO 4217 code (the sandbox only knows EUR)
 * @param externalId the caller's id for reconciliation, or {@code null}
 * @param payee who receives the money
 * @param payerMessage at most 160 characters, no {@code '} or {@code &}; or {@code null}
 * @param payeeNote at most 160 characters, no {@code '} or {@code &}; or {@code null}
 */
public record Transfer(
    String amount,
    String currency,
    String externalId,
    Party payee,
    String payerMessage,
    String payeeNote)
    implements PaymentRequest {

  public Transfer {
    Checks.amount(amount);
    currency = Checks.currency(currency);
    Objects.requireNonNull(payee, "payee must not be null");
    Checks.message(payerMessage, "payerMessage");
    Checks.message(payeeNote, "payeeNote");
  }

  /** A transfer without external id or messages. */
  public static Transfer of(String amount, String currency, Party payee) {
    return new Transfer(amount, currency, null, payee, null, null);
  }

  @Override
  public Party party() {
    return payee;
  }
}
