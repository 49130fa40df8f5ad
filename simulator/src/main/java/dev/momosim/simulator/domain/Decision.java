package dev.momosim.simulator.domain;

import java.time.Instant;

/**
 * How and when a transaction ends, decided when it is accepted: a final status, its reason, the
 * instant.
 */
public record Decision(TransactionStatus status, String reason, Instant at) {
  public Decision {
    if (!status.isFinal()) {
      throw new IllegalArgumentException("a decision must be final: " + status);
    }
  }
}
