package dev.momosim.client.collections;

import dev.momosim.client.model.FailureReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice as MoMo reports it ({@code GET /collection/v2_0/invoice/{ref}}, MoMo's {@code
 * InvoiceResult}). Any field but the status may be {@code null}. Immutable and thread-safe.
 *
 * @param referenceId the invoice's reference id
 * @param externalId the caller's external id
 * @param amount the amount as MoMo echoes it
 * @param currency the currency
 * @param status CREATED, PENDING, SUCCESSFUL or FAILED
 * @param paymentReference the payment's reference once paid
 * @param invoiceId MoMo's invoice id
 * @param expiryDateTime when the invoice expires, as MoMo writes it
 * @param payeeFirstName the payee's first name
 * @param payeeLastName the payee's last name
 * @param errorReason why it failed (the field is {@code errorReason} here, not {@code reason})
 * @param intendedPayer who is asked to pay
 * @param description the description
 */
public record InvoiceResult(
    String referenceId,
    String externalId,
    String amount,
    String currency,
    TransactionStatus status,
    String paymentReference,
    String invoiceId,
    String expiryDateTime,
    String payeeFirstName,
    String payeeLastName,
    FailureReason errorReason,
    Party intendedPayer,
    String description) {

  public InvoiceResult {
    Objects.requireNonNull(status, "status must not be null");
  }

  /** The reason of a FAILED invoice; a reason with no code when MoMo gave none. */
  public Optional<FailureReason> failure() {
    if (status != TransactionStatus.FAILED) {
      return Optional.empty();
    }
    return Optional.of(errorReason != null ? errorReason : new FailureReason(null, null));
  }
}
