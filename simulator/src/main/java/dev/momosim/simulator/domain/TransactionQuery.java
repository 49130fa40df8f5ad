package dev.momosim.simulator.domain;

/**
 * Which transactions a listing wants; null fields match anything.
 *
 * @param status only this status
 * @param product only this product
 * @param partyId only payments whose payer or payee has this id
 * @param limit at most this many, newest first (at least 1)
 */
public record TransactionQuery(
    TransactionStatus status, Product product, String partyId, int limit) {
  public TransactionQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  public boolean matches(Transaction transaction) {
    return (status == null || transaction.status() == status)
        && (product == null || transaction.product() == product)
        && (partyId == null || transaction.request().party().id().equals(partyId));
  }
}
