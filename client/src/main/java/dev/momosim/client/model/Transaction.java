package dev.momosim.client.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A request-to-pay or transfer as MoMo reports it, from a status read or a callback. A FAILED
 * transaction is a normal value: look at {@link #failure()}. Immutable and thread-safe.
 *
 * @param referenceId the {@code X-Reference-Id}; {@code null} for a callback whose URL did not
 *     carry it
 * @param status the current status
 * @param amount the amount as MoMo echoes it (it may drop trailing zeros: 12.50 becomes 12.5)
 * @param currency the currency
 * @param externalId the caller's external id, or {@code null}
 * @param party the payer of a request-to-pay or the payee of a transfer, or {@code null}
 * @param payerMessage the payer message, or {@code null}
 * @param payeeNote the payee note, or {@code null}
 * @param financialTransactionId MoMo's id of the money movement; usually only on SUCCESSFUL
 * @param reason why it failed; {@code null} unless FAILED
 */
public record Transaction(
    String referenceId,
    TransactionStatus status,
    String amount,
    String currency,
    String externalId,
    Party party,
    String payerMessage,
    String payeeNote,
    String financialTransactionId,
    FailureReason reason) {

  public Transaction {
    Objects.requireNonNull(status, "status must not be null");
  }

  /** Whether the status is SUCCESSFUL or FAILED. */
  public boolean isFinal() {
    return status.isFinal();
  }

  /** Whether the money moved. */
  public boolean isSuccessful() {
    return status == TransactionStatus.SUCCESSFUL;
  }

  /** The reason of a FAILED transaction; {@code ErrorReason.UNKNOWN} when MoMo gave none. */
  public Optional<FailureReason> failure() {
    if (status != TransactionStatus.FAILED) {
      return Optional.empty();
    }
    return Optional.of(reason != null ? reason : new FailureReason(null, null));
  }

  /** This transaction with the given reference id (callbacks carry none in their body). */
  public Transaction withReferenceId(String id) {
    return new Transaction(
        id,
        status,
        amount,
        currency,
        externalId,
        party,
        payerMessage,
        payeeNote,
        financialTransactionId,
        reason);
  }
}
