package dev.momosim.client.product;

import java.util.Locale;

/**
 * The three MoMo products that take payments, each with its own subscription key, API user and
 * token endpoint. Immutable and thread-safe.
 */
public enum Product {
  /** Collections: request a payment from a payer ({@code /collection}). */
  COLLECTION,
  /** Disbursements: transfer money to a payee ({@code /disbursement}). */
  DISBURSEMENT,
  /** Remittances: cross-border transfers ({@code /remittance}). */
  REMITTANCE;

  /** The URL path prefix of this product, e.g. {@code /collection}. */
  public String pathPrefix() {
    return "/" + name().toLowerCase(Locale.ROOT);
  }

  /**
   * The word used in environment variables, e.g. {@code COLLECTION} in {@code
   * MOMO_COLLECTION_API_KEY}.
   */
  public String environmentName() {
    return name();
  }

  /** Parses {@code collection}, {@code DISBURSEMENT}... case-insensitively. */
  public static Product parse(String value) {
    for (Product product : values()) {
      if (product.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return product;
      }
    }
    throw new IllegalArgumentException(
        "unknown product '" + value + "': expected collection, disbursement or remittance");
  }
}
