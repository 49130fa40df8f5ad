package dev.momosim.simulator.domain;

/**
 * Where a consent request (CIBA {@code bc-authorize}) stands, as kept. Expiry is not kept: it is
 * read against the clock ({@link ConsentRequest#expiredAt}).
 */
public enum ConsentStatus {
  /** The account holder has not answered yet. */
  PENDING,
  /** The account holder consented; the client may redeem the {@code auth_req_id} once. */
  APPROVED,
  /** The account holder refused: the token request answers {@code access_denied}. */
  REJECTED,
  /** The {@code auth_req_id} was exchanged for a token; it cannot be redeemed again. */
  REDEEMED
}
