package dev.momosim.client.model;

import java.util.Locale;

/** How a party is identified: by phone number, e-mail address or party code. */
public enum PartyIdType {
  /** A phone number in E.164 digits without the {@code +}, e.g. {@code 46733123450}. */
  MSISDN,
  /** An e-mail address. */
  EMAIL,
  /** An operator-assigned party code. */
  PARTY_CODE;

  /** The lower-case form MoMo expects in account-holder paths, e.g. {@code msisdn}. */
  public String pathSegment() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code MSISDN}, {@code msisdn}, {@code party_code}... case-insensitively. */
  public static PartyIdType parse(String value) {
    for (PartyIdType type : values()) {
      if (type.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "partyIdType must be MSISDN, EMAIL or PARTY_CODE, got '" + value + "'");
  }
}
