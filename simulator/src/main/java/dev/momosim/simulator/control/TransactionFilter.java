package dev.momosim.simulator.control;

/**
 * Which transactions to list; null fields match anything.
 *
 * @param status e.g. PENDING
 * @param product e.g. collection
 * @param partyId the payer's or payee's id
 * @param limit at most this many, newest first
 */
public record TransactionFilter(String status, String product, String partyId, int limit) {
  public static final TransactionFilter ALL = new TransactionFilter(null, null, null, 1000);

  public static TransactionFilter pending() {
    return new TransactionFilter("PENDING", null, null, 1000);
  }
}
