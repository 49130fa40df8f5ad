package dev.momosim.client.collections;

/** The state of a pre-approval in a payer's list ({@code PreApprovalDetails.status}). */
public enum PreApprovalStatus {
  /** Waiting for the payer. */
  PENDING,
  /** Approved: debits may be made until it expires or is cancelled. */
  APPROVED,
  /** Cancelled by the payee (or the payer). */
  CANCELLED,
  /** Its validity time passed. */
  EXPIRED,
  /** The payer refused. */
  REJECTED
}
