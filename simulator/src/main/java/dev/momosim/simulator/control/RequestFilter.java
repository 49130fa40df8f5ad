package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.RequestRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which journalled requests to list; null fields match anything. Built freely ({@link #ALL} and the
 * {@code with...} copies); {@link #checked()} is what a simulator applies before listing, so a
 * misspelled product is refused rather than matching nothing.
 *
 * @param pathContains part of the path, e.g. {@code /token/}
 * @param referenceId the request's reference id (header or path)
 * @param product a product's name or {@code provisioning}, any case
 * @param limit at most this many, newest first: 1 to {@link #MAX_LIMIT}
 * @param after only entries older than this one: the previous page's {@code next} (an entry's id);
 *     null for the first page
 */
public record RequestFilter(
    String pathContains, String referenceId, String product, int limit, String after) {
  /** The most one listing returns: it is built and encoded on the event loop. */
  public static final int MAX_LIMIT = 1000;

  public static final RequestFilter ALL = new RequestFilter(null, null, null, MAX_LIMIT);

  /** What the journal files a request under: a product, or provisioning. */
  private static final List<String> PRODUCTS =
      Stream.concat(
              Arrays.stream(Product.values()).map(Product::pathName),
              Stream.of(RequestRecord.PROVISIONING))
          .toList();

  /** The first page. */
  public RequestFilter(String pathContains, String referenceId, String product, int limit) {
    this(pathContains, referenceId, product, limit, null);
  }

  public RequestFilter withPathContaining(String part) {
    return new RequestFilter(part, referenceId, product, limit, after);
  }

  public RequestFilter withReferenceId(String id) {
    return new RequestFilter(pathContains, id, product, limit, after);
  }

  public RequestFilter withProduct(String name) {
    return new RequestFilter(pathContains, referenceId, name, limit, after);
  }

  public RequestFilter withLimit(int most) {
    return new RequestFilter(pathContains, referenceId, product, most, after);
  }

  /** The same filter for the page after the one that answered {@code next}. */
  public RequestFilter withAfter(String next) {
    return new RequestFilter(pathContains, referenceId, product, limit, next);
  }

  /**
   * @return this filter, when every field can match something
   * @throws ControlException 400 naming the field at fault and the values it accepts
   */
  public RequestFilter checked() {
    ListingLimit.check(limit, MAX_LIMIT);
    if (product != null && !PRODUCTS.contains(product.toLowerCase(Locale.ROOT))) {
      throw new ControlException(
          400,
          "BAD_REQUEST",
          "product must be one of " + String.join(", ", PRODUCTS) + " (any case), was: " + product);
    }
    if (after != null) {
      before();
    }
    return this;
  }

  /** Whether a journalled request matches. */
  public boolean matches(RequestRecord entry) {
    return matcher().test(entry);
  }

  /** {@link #matches} with the cursor read once, for testing many entries. */
  public Predicate<RequestRecord> matcher() {
    long before = after == null ? Long.MAX_VALUE : before();
    return entry ->
        entry.id() < before
            && (pathContains == null || entry.path().contains(pathContains))
            && (referenceId == null || referenceId.equals(entry.referenceId()))
            && (product == null || product.equalsIgnoreCase(entry.product()));
  }

  private long before() {
    try {
      long id = Long.parseLong(after.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ControlException(
        400, "BAD_REQUEST", "after must be a request id such as 12 (a page's next), was: " + after);
  }
}
