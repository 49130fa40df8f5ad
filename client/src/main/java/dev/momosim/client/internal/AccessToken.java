package dev.momosim.client.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token and the instant from which it must no longer be used. {@link #toString()} hides
 * the value.
 *
 * @param value the token
 * @param refreshAt when to fetch a new one (expiry minus the leeway)
 */
record AccessToken(String value, Instant refreshAt) {

  /**
   * A token granted at {@code issuedAt} for {@code lifetime}, to be refreshed {@code leeway} early.
   * The leeway is capped at half the lifetime, so a short-lived token is still reused.
   */
  static AccessToken of(String value, Instant issuedAt, Duration lifetime, Duration leeway) {
    Duration half = lifetime.dividedBy(2);
    Duration early = leeway.compareTo(half) > 0 ? half : leeway;
    return new AccessToken(value, issuedAt.plus(lifetime).minus(early));
  }

  boolean isFreshAt(Instant now) {
    return now.isBefore(refreshAt);
  }

  @Override
  public String toString() {
    return "AccessToken[value=***, refreshAt=" + refreshAt + "]";
  }
}
