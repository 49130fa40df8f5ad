package dev.momosim.simulator.domain;

import java.util.Objects;

/** A MoMo account holder as named in a request body: {@code partyIdType} as sent, and {@code partyId}. */
public record Party(String type, String id) {
  public Party {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  /** The ledger account key of this party's wallet; the type is case-insensitive. */
  public String walletKey() {
    return type.toUpperCase(java.util.Locale.ROOT) + ":" + id;
  }
}
