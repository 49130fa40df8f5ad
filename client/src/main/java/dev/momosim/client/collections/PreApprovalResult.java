package dev.momosim.client.collections;

import dev.momosim.client.model.FailureReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A pre-approval request as MoMo reports it ({@code GET /collection/v2_0/preapproval/{ref}}, MoMo's
 * {@code PreApprovalResult}). Any field but the status may be {@code null}. Immutable and
 * thread-safe.
 *
 * @param referenceId the reference id it was created with
 * @param payer who was asked
 * @param payerCurrency the currency
 * @param payerMessage the message
 * @param status PENDING, SUCCESSFUL (approved) or FAILED
 * @param expirationDateTime when the approval expires, as MoMo writes it (the schema says integer,
 *     its description a date)
 * @param reason why it failed; {@code null} unless FAILED
 */
public record PreApprovalResult(
    String referenceId,
    Party payer,
    String payerCurrency,
    String payerMessage,
    TransactionStatus status,
    String expirationDateTime,
    FailureReason reason) {

  public PreApprovalResult {
    Objects.requireNonNull(status, "status must not be null");
  }

  /** The reason of a FAILED pre-approval; a reason with no code when MoMo gave none. */
  public Optional<FailureReason> failure() {
    if (status != TransactionStatus.FAILED) {
      return Optional.empty();
    }
    return Optional.of(reason != null ? reason : new FailureReason(null, null));
  }
}
