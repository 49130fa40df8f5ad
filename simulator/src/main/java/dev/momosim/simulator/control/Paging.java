package dev.momosim.simulator.control;

/**
 * Which page of a listing without other filters ({@code GET /_sim/callbacks}, {@code
 * /_sim/accounts}).
 *
 * @param after the previous page's {@code next}; null for the first page
 * @param limit at most this many: 1 to {@link #MAX_LIMIT}
 */
public record Paging(String after, int limit) {
  /** The most one page holds: it is built and encoded on the event loop, so it stays short. */
  public static final int MAX_LIMIT = 1000;

  /** The first {@value #MAX_LIMIT}. */
  public static final Paging FIRST = new Paging(null, MAX_LIMIT);

  /** The page after the one that answered {@code next}. */
  public Paging next(String next) {
    return new Paging(next, limit);
  }

  /**
   * @return this paging, when the limit is from 1 to {@link #MAX_LIMIT}
   * @throws ControlException 400 naming the limit's range
   */
  public Paging checked() {
    ListingLimit.check(limit, MAX_LIMIT);
    return this;
  }

  /** From the query parameters {@code after} and {@code limit}; absent ones take the defaults. */
  static Paging fromQuery(String after, String limit) {
    return new Paging(after, ListingLimit.parse(limit, MAX_LIMIT, MAX_LIMIT));
  }
}
