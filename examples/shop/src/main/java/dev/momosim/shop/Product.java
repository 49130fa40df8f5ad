package dev.momosim.shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One product the shop sells: the brief's two, each paid out to its seller's MoMo number.
 *
 * @param id what {@code POST /pay} names as {@code productId}
 * @param name shown on the page and in the payer message
 * @param price the unit price in the shop's currency
 * @param seller the MSISDN the seller's 80% goes to
 */
record Product(int id, String name, BigDecimal price, String seller) {

  /** The brief's catalogue: product 1 at 1,000, product 2 at 2,000. */
  static final List<Product> CATALOGUE =
      List.of(
          new Product(1, "Product 1", new BigDecimal("1000"), "256784555222"),
          new Product(2, "Product 2", new BigDecimal("2000"), "256784558222"));

  static Optional<Product> byId(int id) {
    return CATALOGUE.stream().filter(p -> p.id == id).findFirst();
  }
}
