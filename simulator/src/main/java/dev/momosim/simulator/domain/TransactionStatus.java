package dev.momosim.simulator.domain;

/**
 * The status values MoMo reports for a payment; CREATED was observed in the sandbox before PENDING.
 */
public enum TransactionStatus {
  CREATED,
  PENDING,
  SUCCESSFUL,
  FAILED;

  public boolean isFinal() {
    return this == SUCCESSFUL || this == FAILED;
  }
}
