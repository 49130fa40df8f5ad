package dev.momosim.client.collections;

import dev.momosim.client.model.Checks;
import dev.momosim.client.model.Party;
import java.util.Objects;

/**
 * An invoice for a payer to pay ({@code POST /collection/v2_0/invoice}, MoMo's {@code
 * CreateInvoice}). Immutable, thread-safe, validated at construction.
 *
 * @param externalId the caller's id for reconciliation, or {@code null}
 * @param amount a positive decimal string such as {@code "100"}
 * @param currency a three-letter ISO 4217 code
 * @param validityDuration how long the invoice can be paid, in seconds (sent as a string)
 * @param intendedPayer who is asked to pay
 * @param payee who is paid, or {@code null} for the API user's own account
 * @param description shown to the payer, or {@code null}
 */
public record CreateInvoice(
    String externalId,
    String amount,
    String currency,
    long validityDuration,
    Party intendedPayer,
    Party payee,
    String description) {

  public CreateInvoice {
    Checks.amount(amount);
    currency = Checks.currency(currency);
    if (validityDuration <= 0) {
      throw new IllegalArgumentException(
          "validityDuration must be a positive number of seconds, got " + validityDuration);
    }
    Objects.requireNonNull(intendedPayer, "intendedPayer must not be null");
  }

  /** An invoice without external id, payee or description. */
  public static CreateInvoice of(
      String amount, String currency, long validityDuration, Party intendedPayer) {
    return new CreateInvoice(null, amount, currency, validityDuration, intendedPayer, null, null);
  }
}
