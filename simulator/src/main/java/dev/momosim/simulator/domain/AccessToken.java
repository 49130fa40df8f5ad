package dev.momosim.simulator.domain;

import java.time.Instant;

/** A bearer token issued for one product to one API user, valid until {@code expiresAt}. */
public record AccessToken(String value, String apiUserId, Product product, Instant expiresAt) {
  /** What a store keeps of this token. */
  public TokenGrant grant() {
    return new TokenGrant(Secrets.digest(value), apiUserId, product, expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken[user="
        + apiUserId
        + ", product="
        + product
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
