package dev.momosim.client.collections;

import java.util.Locale;

/**
 * How the payer is named in the path of the approved pre-approvals list: {@code msisdn}, {@code
 * email}, {@code id} or {@code alias} (a vocabulary of its own in MTN's definition).
 */
public enum AccountHolderIdType {
  MSISDN,
  EMAIL,
  ID,
  ALIAS;

  /** The lower-case path segment, e.g. {@code msisdn}. */
  public String pathSegment() {
    return name().toLowerCase(Locale.ROOT);
  }
}
