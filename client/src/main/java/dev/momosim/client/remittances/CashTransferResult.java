package dev.momosim.client.remittances;

import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import java.util.Objects;

/**
 * A cash transfer as MoMo reports it ({@code GET /remittance/v2_0/cashtransfer/{ref}}, MoMo's
 * {@code CashTransferResult}: the request's fields, the status and a plain-string reason). Any
 * field but the status may be {@code null}; the echoed fields are kept as sent, unvalidated.
 * Immutable and thread-safe.
 *
 * @param referenceId the reference id
 * @param status PENDING, SUCCESSFUL or FAILED (CREATED tolerated)
 * @param reason why it failed, a bare code (the only schema where {@code reason} is a string)
 * @param financialTransactionId MoMo's id of the money movement
 * @param amount the amount
 * @param currency the currency
 * @param payee who receives the money
 * @param externalId the caller's id
 * @param originatingCountry the sender's country ({@code orginatingCountry} on the wire)
 * @param originalAmount the amount in the sender's currency
 * @param originalCurrency the sender's currency
 * @param payerMessage the payer message
 * @param payeeNote the payee note
 * @param payerIdentificationType the identification type as sent back
 * @param payerIdentificationNumber the identification number
 * @param payerIdentity the sender's identity
 * @param payerFirstName the sender's first name
 * @param payerSurName the sender's surname
 * @param payerLanguageCode the sender's language
 * @param payerEmail the sender's e-mail address
 * @param payerMsisdn the sender's phone number
 * @param payerGender the sender's gender
 */
public record CashTransferResult(
    String referenceId,
    TransactionStatus status,
    String reason,
    String financialTransactionId,
    String amount,
    String currency,
    Party payee,
    String externalId,
    String originatingCountry,
    String originalAmount,
    String originalCurrency,
    String payerMessage,
    String payeeNote,
    String payerIdentificationType,
    String payerIdentificationNumber,
    String payerIdentity,
    String payerFirstName,
    String payerSurName,
    String payerLanguageCode,
    String payerEmail,
    String payerMsisdn,
    String payerGender) {

  public CashTransferResult {
    Objects.requireNonNull(status, "status must not be null");
  }

  /** The reason as an enum; {@link ErrorReason#UNKNOWN} when absent or unknown. */
  public ErrorReason errorReason() {
    return ErrorReason.fromCode(reason);
  }

  /** Whether the status is SUCCESSFUL or FAILED. */
  public boolean isFinal() {
    return status.isFinal();
  }
}
