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
    type = known(type);
  }

  /**
   * A type spelled as MoMo spells it is kept as the one constant of that spelling, not as the copy
   * each request body brings: a stored transaction then carries one string less (issue 19).
   */
  private static String known(String type) {
    return switch (type) {
      case "MSISDN" -> "MSISDN";
      case "EMAIL" -> "EMAIL";
      case "PARTY_CODE" -> "PARTY_CODE";
      default -> type;
    };
  }

  /** The ledger account key of this party's wallet; the type is case-insensitive. */
  public String walletKey() {
    return type.toUpperCase(java.util.Locale.ROOT) + ":" + id;
  }
}
