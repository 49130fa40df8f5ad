package dev.momosim.simulator.domain;

import java.math.BigDecimal;

/**
 * Amounts are decimal strings on the wire; MTN echoes them without trailing zeros ("12.50" as
 * "12.5"). This is the one rule for an amount or balance a person gives the simulator (control API,
 * config, rules): plain notation, at least zero, at most {@value #MAX_INTEGER_DIGITS} digits before
 * the point and {@value #MAX_FRACTION_DIGITS} after. Exponent notation is refused because a value
 * such as {@code 1e1000000} is cheap to send but costs minutes of CPU to print.
 */
public final class Amounts {
  public static final int MAX_INTEGER_DIGITS = 15;
  public static final int MAX_FRACTION_DIGITS = 6;

  /** Longest text worth parsing: the digits allowed plus a point and leading zeros to spare. */
  private static final int MAX_TEXT = 40;

  private static final int MAX_ECHO = 40;

  private Amounts() {}

  /** The wire form MTN echoes: plain notation, trailing zeros stripped. */
  public static String toWire(BigDecimal amount) {
    if (amount.signum() == 0) {
      return "0";
    }
    return amount.stripTrailingZeros().toPlainString();
  }

  /**
   * Reads an amount a person gave, as text or as a JSON number (taken as the decimal it was written
   * as).
   *
   * @param field what to call the value in the refusal, e.g. {@code balance}
   * @throws MomoException 400 naming the field and the rule when it is not a usable amount
   */
  public static BigDecimal parse(String field, Object value) {
    if (value instanceof Number number) {
      return check(field, decimalOf(field, number));
    }
    String text = value == null ? "" : value.toString().trim();
    if (text.length() > MAX_TEXT || !isPlain(text)) {
      throw refusal(field, value);
    }
    return check(field, new BigDecimal(text));
  }

  /**
   * Digits, then optionally a point and more digits ({@code \d+(\.\d+)?}), checked without the
   * matcher a pattern allocates: every creating request parses an amount.
   */
  private static boolean isPlain(String text) {
    int point = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && point < 0 && i > 0) {
        point = i;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return !text.isEmpty() && point != text.length() - 1;
  }

  /**
   * Checks an amount given as a number (by code, not text), cheaply even for a huge exponent.
   *
   * @return the amount
   * @throws MomoException 400 naming the field and the rule when it is negative, too large or too
   *     precise
   */
  public static BigDecimal check(String field, BigDecimal amount) {
    if (amount == null || amount.signum() < 0) {
      throw refusal(field, amount == null ? null : amount.toString());
    }
    // precision - scale is the number of digits before the point (for any scale, also negative)
    boolean fits =
        (long) amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS
            && (amount.scale() <= MAX_FRACTION_DIGITS || fractionFits(amount));
    if (!fits) {
      throw refusal(field, amount.toString());
    }
    return amount;
  }

  /**
   * A JSON number as the decimal it was written as: a parser hands over a double, which prints big
   * values in exponent form ("1.23456785E7") though the person wrote 12345678.5.
   */
  private static BigDecimal decimalOf(String field, Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof Double || number instanceof Float) {
      double value = number.doubleValue();
      if (!Double.isFinite(value)) {
        throw refusal(field, number);
      }
      return BigDecimal.valueOf(value);
    }
    return new BigDecimal(number.toString()); // Integer, Long, BigInteger
  }

  /** A scale above the limit is fine when the extra digits are zeros ("1.50000000"). */
  private static boolean fractionFits(BigDecimal amount) {
    return amount.scale() <= MAX_TEXT && amount.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS;
  }

  private static MomoException refusal(String field, Object value) {
    String shown = String.valueOf(value);
    if (shown.length() > MAX_ECHO) {
      shown = shown.substring(0, MAX_ECHO) + "...";
    }
    return MomoException.badRequest(
        field
            + " must be a decimal amount >= 0 written plainly (no exponent), with at"
            + " most "
            + MAX_INTEGER_DIGITS
            + " digits before the point and "
            + MAX_FRACTION_DIGITS
            + " after, such as \"1000\" or \"12.50\"; was: "
            + shown);
  }
}
