package dev.momosim.client.model;

import java.util.Objects;

/**
 * A payer or payee. Immutable and thread-safe; validated at construction.
 *
 * @param type how the party is identified
 * @param id the identifier; for {@link PartyIdType#MSISDN} only digits (E.164 without {@code +})
 */
public record Party(PartyIdType type, String id) {

  public Party {
    Objects.requireNonNull(type, "party type must not be null");
    Checks.notBlank(id, "party id");
    if (type == PartyIdType.MSISDN && !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "an MSISDN must be digits only (E.164 without '+'), got '" + id + "'");
    }
  }

  /** A party identified by phone number, e.g. {@code Party.msisdn("46733123450")}. */
  public static Party msisdn(String number) {
    return new Party(PartyIdType.MSISDN, number);
  }

  /** A party identified by e-mail address. */
  public static Party email(String address) {
    return new Party(PartyIdType.EMAIL, address);
  }
}
