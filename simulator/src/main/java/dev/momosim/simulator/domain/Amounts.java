package dev.momosim.simulator.domain;

import java.math.BigDecimal;

/** Amounts are decimal strings on the wire; MTN echoes them without trailing zeros ("12.50" as "12.5"). */
public final class Amounts {
  private Amounts() {}

  /** The wire form MTN echoes: plain notation, trailing zeros stripped. */
  public static String toWire(BigDecimal amount) {
    if (amount.signum() == 0) {
      return "0";
    }
    return amount.stripTrailingZeros().toPlainString();
  }
}
