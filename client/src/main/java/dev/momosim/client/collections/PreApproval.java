package dev.momosim.client.collections;

import dev.momosim.client.model.Checks;
import dev.momosim.client.model.Party;
import java.util.Objects;

/**
 * A request for a payer to pre-approve future debits ({@code POST /collection/v2_0/preapproval},
 * MoMo's {@code PreApproval}). Immutable, thread-safe, validated at construction.
 *
 * @param payer who pre-approves
 * @param payerCurrency a three-letter ISO 4217 code
 * @param payerMessage at most 160 characters, no {@code '} or {@code &}; or {@code null}
 * @param validityTime how long the pre-approval is valid once approved, in seconds; or {@code null}
 *     for MoMo's default
 */
public record PreApproval(
    Party payer, String payerCurrency, String payerMessage, Long validityTime) {

  public PreApproval {
    Objects.requireNonNull(payer, "payer must not be null");
    payerCurrency = Checks.currency(payerCurrency);
    Checks.message(payerMessage, "payerMessage");
    if (validityTime != null && validityTime <= 0) {
      throw new IllegalArgumentException(
          "validityTime must be a positive number of seconds, got " + validityTime);
    }
  }

  /** A pre-approval without message, valid for {@code validityTime} seconds. */
  public static PreApproval of(Party payer, String payerCurrency, long validityTime) {
    return new PreApproval(payer, payerCurrency, null, validityTime);
  }
}
