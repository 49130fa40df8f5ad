package dev.momosim.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One payment as the simulator holds it. Immutable: a transition returns a new record.
 *
 * @param status the current status; {@code reason} is set only when FAILED and {@code
 *     financialTransactionId} only when SUCCESSFUL
 * @param decision the planned end, or null while a person has to decide (manual approval)
 * @param expiresAt when an undecided (manual) transaction fails EXPIRED, else null
 * @param finishedAt when the transaction reached its final status, else null
 * @param decidedBy the name of the rule or mode that chose the outcome, for people reading the
 *     journal
 * @param callbackFault what happens to this transaction's callback
 * @param settlingSince when a settler claimed this pending transaction to decide it (nobody else
 *     may then), else null; readers see it as pending until the claim ends in a final status
 * @param notifiedAt when the partner sent the payer its one delivery notification, else null
 * @param cancelledAt when the partner cancelled this approved pre-approval, else null
 */
public record Transaction(
    PaymentRequest request,
    Instant createdAt,
    TransactionStatus status,
    String reason,
    String financialTransactionId,
    Decision decision,
    Instant expiresAt,
    Instant finishedAt,
    String decidedBy,
    CallbackFault callbackFault,
    Instant settlingSince,
    Instant notifiedAt,
    Instant cancelledAt) {

  /** A transaction not notified. */
  public Transaction(
      PaymentRequest request,
      Instant createdAt,
      TransactionStatus status,
      String reason,
      String financialTransactionId,
      Decision decision,
      Instant expiresAt,
      Instant finishedAt,
      String decidedBy,
      CallbackFault callbackFault,
      Instant settlingSince) {
    this(
        request,
        createdAt,
        status,
        reason,
        financialTransactionId,
        decision,
        expiresAt,
        finishedAt,
        decidedBy,
        callbackFault,
        settlingSince,
        null,
        null);
  }

  /** A transaction nobody is settling. */
  public Transaction(
      PaymentRequest request,
      Instant createdAt,
      TransactionStatus status,
      String reason,
      String financialTransactionId,
      Decision decision,
      Instant expiresAt,
      Instant finishedAt,
      String decidedBy,
      CallbackFault callbackFault) {
    this(
        request,
        createdAt,
        status,
        reason,
        financialTransactionId,
        decision,
        expiresAt,
        finishedAt,
        decidedBy,
        callbackFault,
        null,
        null,
        null);
  }

  public Transaction {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(callbackFault, "callbackFault");
  }

  public String referenceId() {
    return request.referenceId();
  }

  public Product product() {
    return request.product();
  }

  public boolean isFinal() {
    return status.isFinal();
  }

  /** Whether a settler has claimed it and is deciding it now. */
  public boolean isSettling() {
    return settlingSince != null;
  }

  /** This pending transaction, claimed at {@code at} by the one settler that may decide it. */
  public Transaction claimed(Instant at) {
    return marked(at, notifiedAt, cancelledAt);
  }

  /** This successful transaction, its delivery notification sent at {@code at}. */
  public Transaction notified(Instant at) {
    return marked(settlingSince, at, cancelledAt);
  }

  /** This approved pre-approval, cancelled at {@code at}. */
  public Transaction cancelled(Instant at) {
    return marked(settlingSince, notifiedAt, at);
  }

  public Transaction succeeded(String newFinancialTransactionId, Instant at) {
    return ended(TransactionStatus.SUCCESSFUL, null, newFinancialTransactionId, at);
  }

  public Transaction failed(String failureReason, Instant at) {
    return ended(TransactionStatus.FAILED, failureReason, null, at);
  }

  /** The same status, with these marks. */
  private Transaction marked(Instant settling, Instant notified, Instant cancelled) {
    return new Transaction(
        request,
        createdAt,
        status,
        reason,
        financialTransactionId,
        decision,
        expiresAt,
        finishedAt,
        decidedBy,
        callbackFault,
        settling,
        notified,
        cancelled);
  }

  /** Final at {@code at}; the claim ends with it and nothing was notified or cancelled yet. */
  private Transaction ended(
      TransactionStatus finalStatus,
      String failureReason,
      String newFinancialTransactionId,
      Instant at) {
    return new Transaction(
        request,
        createdAt,
        finalStatus,
        failureReason,
        newFinancialTransactionId,
        decision,
        expiresAt,
        at,
        decidedBy,
        callbackFault);
  }
}
