package dev.momosim.client.model;

/** The state of a request-to-pay or transfer. Only SUCCESSFUL and FAILED are final. */
public enum TransactionStatus {
  /** Accepted but not yet handed to the payer (seen in the sandbox right after the 202). */
  CREATED,
  /** Waiting for the payer or the wallet platform. */
  PENDING,
  /** Money moved; a {@code financialTransactionId} is usually present. */
  SUCCESSFUL,
  /** Money did not move; the transaction carries a reason. */
  FAILED;

  /** Whether the status will not change any more. */
  public boolean isFinal() {
    return this == SUCCESSFUL || this == FAILED;
  }
}
