package dev.momosim.simulator.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The three MoMo products; each has its own path prefix, subscription keys, tokens and partner
 * account.
 */
public enum Product {
  COLLECTION,
  DISBURSEMENT,
  REMITTANCE;

  private final String pathName = name().toLowerCase(Locale.ROOT);

  /** The path segment and config key of the product, e.g. {@code collection}. */
  public String pathName() {
    return pathName;
  }

  public static Optional<Product> fromPathName(String name) {
    for (Product product : values()) {
      if (product.pathName.equalsIgnoreCase(name)) {
        return Optional.of(product);
      }
    }
    return Optional.empty();
  }
}
