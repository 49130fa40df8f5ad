package dev.momosim.client.model;

import java.math.BigDecimal;

/**
 * The available balance of the merchant account of one product. Immutable and thread-safe.
 *
 * @param availableBalance the amount as MoMo sends it, a decimal string
 * @param currency the currency
 */
public record Balance(String availableBalance, String currency) {

  /** The balance as a number. */
  public BigDecimal amount() {
    return new BigDecimal(availableBalance);
  }
}
