package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.TransactionStatus;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which transactions to list; null fields match anything. Built freely; {@link #checked()} is what
 * a simulator applies before listing, so a misspelled status or product is refused rather than
 * matching nothing.
 *
 * @param status e.g. PENDING (any case)
 * @param product e.g. collection (any case)
 * @param partyId the payer's or payee's id
 * @param limit at most this many, newest first: 1 to {@link #MAX_LIMIT}
 * @param after the previous page's {@code next}; null for the first page
 */
public record TransactionFilter(
    String status, String product, String partyId, int limit, String after) {
  public static final int DEFAULT_LIMIT = 1000;

  /** The most one listing returns: it is built and encoded on the event loop, so it stays short. */
  public static final int MAX_LIMIT = 1000;

  public static final TransactionFilter ALL =
      new TransactionFilter(null, null, null, DEFAULT_LIMIT);

  /** The first page. */
  public TransactionFilter(String status, String product, String partyId, int limit) {
    this(status, product, partyId, limit, null);
  }

  /** The same filter for the page after the one that answered {@code next}. */
  public TransactionFilter withAfter(String next) {
    return new TransactionFilter(status, product, partyId, limit, next);
  }

  public static TransactionFilter pending() {
    return new TransactionFilter("PENDING", null, null, DEFAULT_LIMIT);
  }

  /**
   * From the query parameters of {@code GET /_sim/transactions}; nulls where a parameter is absent.
   *
   * @throws ControlException 400 naming the parameter at fault and the values it accepts
   */
  public static TransactionFilter fromQuery(
      String status, String product, String partyId, String limit) {
    return fromQuery(status, product, partyId, limit, null);
  }

  /** As {@link #fromQuery(String, String, String, String)}, for the page after {@code after}. */
  public static TransactionFilter fromQuery(
      String status, String product, String partyId, String limit, String after) {
    return new TransactionFilter(
            status, product, partyId, ListingLimit.parse(limit, DEFAULT_LIMIT, MAX_LIMIT), after)
        .checked();
  }

  /**
   * @return this filter, when every field can match something
   * @throws ControlException 400 naming the field at fault and the values it accepts
   */
  public TransactionFilter checked() {
    ListingLimit.check(limit, MAX_LIMIT);
    if (status != null
        && Arrays.stream(TransactionStatus.values())
            .noneMatch(known -> known.name().equalsIgnoreCase(status))) {
      throw refusal("status", status, Arrays.stream(TransactionStatus.values()).map(Enum::name));
    }
    if (product != null && Product.fromPathName(product).isEmpty()) {
      throw refusal("product", product, Arrays.stream(Product.values()).map(Product::pathName));
    }
    return this;
  }

  private static ControlException refusal(String field, String was, Stream<String> allowed) {
    return new ControlException(
        400,
        "BAD_REQUEST",
        field
            + " must be one of "
            + allowed.collect(Collectors.joining(", "))
            + " (any case), was: "
            + was);
  }
}
