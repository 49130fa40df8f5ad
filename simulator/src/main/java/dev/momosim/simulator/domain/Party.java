package dev.momosim.simulator.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A MoMo account holder as named in a request body: {@code partyIdType} as sent, and {@code
 * partyId}.
 */
public record Party(String type, String id) {
  /** The party id types MoMo knows, upper case. */
  public static final Set<String> TYPES = Set.of("MSISDN", "EMAIL", "PARTY_CODE");

  public Party {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  /** The ledger account key of this party's wallet; the type is case-insensitive. */
  public String walletKey() {
    return type.toUpperCase(java.util.Locale.ROOT) + ":" + id;
  }
}
