package dev.momosim.client.collections;

import dev.momosim.client.model.FailureReason;
import dev.momosim.client.model.TransactionStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment as MoMo reports it ({@code GET /collection/v2_0/payment/{ref}}, MoMo's {@code
 * PaymentResult}). Immutable and thread-safe.
 *
 * @param referenceId the reference id
 * @param status CREATED, PENDING, SUCCESSFUL or FAILED
 * @param financialTransactionId MoMo's id of the money movement, or {@code null}
 * @param reason why it failed; {@code null} unless FAILED
 */
public record PaymentResult(
    String referenceId,
    TransactionStatus status,
    String financialTransactionId,
    FailureReason reason) {

  public PaymentResult {
    Objects.requireNonNull(status, "status must not be null");
  }

  /** The reason of a FAILED payment; a reason with no code when MoMo gave none. */
  public Optional<FailureReason> failure() {
    if (status != TransactionStatus.FAILED) {
      return Optional.empty();
    }
    return Optional.of(reason != null ? reason : new FailureReason(null, null));
  }
}
