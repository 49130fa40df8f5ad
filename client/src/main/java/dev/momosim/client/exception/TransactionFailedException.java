package dev.momosim.client.exception;

import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.FailureReason;
import dev.momosim.client.model.Transaction;

/**
 * Reported only by the opt-in {@code awaitSuccessful} helpers: the transaction ended FAILED.
 * Carries the transaction and its reason, e.g. {@link ErrorReason#NOT_ENOUGH_FUNDS}. Immutable and
 * thread-safe.
 */
public class TransactionFailedException extends MomoException {

  private static final long serialVersionUID = 1L;

  private final transient Transaction transaction;

  /**
   * @param transaction the FAILED transaction
   */
  public TransactionFailedException(Transaction transaction) {
    super(describe(transaction), transaction.referenceId(), null);
    this.transaction = transaction;
  }

  /** The FAILED transaction. */
  public Transaction transaction() {
    return transaction;
  }

  /** Why it failed; {@link ErrorReason#UNKNOWN} when MoMo gave no known reason. */
  public ErrorReason reason() {
    return transaction.failure().map(FailureReason::errorReason).orElse(ErrorReason.UNKNOWN);
  }

  private static String describe(Transaction transaction) {
    FailureReason reason = transaction.failure().orElse(new FailureReason(null, null));
    return "transaction "
        + transaction.referenceId()
        + " FAILED: "
        + (reason.code() == null ? "no reason given" : reason.code())
        + (reason.message() == null ? "" : " (" + reason.message() + ")");
  }
}
