package dev.momosim.simulator.control;

/**
 * The one rule for a listing's {@code limit} (transactions, request journal): a whole number from 1
 * to the listing's maximum. Listings are built on the event loop, so the maximum keeps each one
 * short.
 */
public final class ListingLimit {
  private ListingLimit() {}

  /**
   * Reads a {@code limit} query parameter.
   *
   * @param text the parameter, or null for the default
   * @throws ControlException 400 naming the parameter and the range
   */
  public static int parse(String text, int defaultValue, int max) {
    if (text == null) {
      return defaultValue;
    }
    try {
      return check(Integer.parseInt(text.trim()), max);
    } catch (NumberFormatException e) {
      throw refusal(text, max);
    }
  }

  /**
   * @return the limit, when it is from 1 to {@code max}
   * @throws ControlException 400 naming the parameter and the range
   */
  public static int check(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw refusal(String.valueOf(limit), max);
    }
    return limit;
  }

  private static ControlException refusal(String was, int max) {
    return new ControlException(
        400, "BAD_REQUEST", "limit must be a whole number from 1 to " + max + ", was: " + was);
  }
}
