package dev.momosim.simulator.config;

import dev.momosim.simulator.domain.Product;
import java.util.List;

/**
 * The subscription keys each product accepts ({@code subscriptionKeys}). A product given in a
 * config file replaces both of its default keys.
 */
public record SubscriptionKeySettings(
    ProductKeys collection, ProductKeys disbursement, ProductKeys remittance) {

  public SubscriptionKeySettings {
    for (Product product : Product.values()) {
      String path = "subscriptionKeys." + product.pathName();
      ProductKeys keys =
          switch (product) {
            case COLLECTION -> collection;
            case DISBURSEMENT -> disbursement;
            case REMITTANCE -> remittance;
          };
      if (keys == null) {
        throw new IllegalArgumentException(path + " has no key");
      }
      Require.text(keys.primary(), path + ".primary");
      if (keys.secondary() != null) {
        Require.text(keys.secondary(), path + ".secondary");
      }
    }
  }

  /** The product's accepted keys, primary first. */
  public List<String> of(Product product) {
    return switch (product) {
      case COLLECTION -> collection.keys();
      case DISBURSEMENT -> disbursement.keys();
      case REMITTANCE -> remittance.keys();
    };
  }

  /**
   * One product's keys.
   *
   * @param secondary a second accepted key, or null
   */
  public record ProductKeys(String primary, String secondary) {
    /** Primary first. */
    public List<String> keys() {
      return secondary == null ? List.of(primary) : List.of(primary, secondary);
    }
  }
}
