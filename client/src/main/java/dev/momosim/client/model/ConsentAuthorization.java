package dev.momosim.client.model;

import java.time.Duration;
import java.util.Objects;

/**
 * MoMo's answer to a consent request: the id to exchange for a consent token once the account
 * holder agreed, how often to ask, and for how long. Immutable and thread-safe.
 *
 * @param authReqId the {@code auth_req_id}
 * @param interval the least time between two token requests
 * @param expiresIn how long the request stays valid
 */
public record ConsentAuthorization(String authReqId, Duration interval, Duration expiresIn) {

  public ConsentAuthorization {
    Checks.notBlank(authReqId, "auth_req_id");
    Objects.requireNonNull(interval, "interval must not be null");
    Objects.requireNonNull(expiresIn, "expiresIn must not be null");
    if (interval.isNegative() || expiresIn.isNegative()) {
      throw new IllegalArgumentException("interval and expiresIn must not be negative");
    }
  }
}
