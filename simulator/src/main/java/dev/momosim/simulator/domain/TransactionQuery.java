package dev.momosim.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which transactions a listing wants; null fields match anything.
 *
 * @param status only this status
 * @param product only this product
 * @param partyId only payments whose payer or payee has this id
 * @param limit at most this many, newest first (at least 1)
 * @param after only transactions that come after this {@link #cursorOf cursor} in the listing's
 *     order (the previous page's last one); null for the first page
 */
public record TransactionQuery(
    TransactionStatus status, Product product, String partyId, int limit, String after) {
  /**
   * The listing's order: newest first, then by product and reference id, so every transaction has
   * one place even when several were created at the same instant.
   */
  public static final Comparator<Transaction> NEWEST_FIRST =
      Comparator.comparing(TransactionQuery::position, TransactionQuery::compare);

  public TransactionQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (after != null) {
      position(after); // refused now rather than when the store reads it
    }
  }

  /** The first page. */
  public TransactionQuery(TransactionStatus status, Product product, String partyId, int limit) {
    this(status, product, partyId, limit, null);
  }

  public boolean matches(Transaction transaction) {
    return matcher().test(transaction);
  }

  /** {@link #matches} with the cursor read once, for testing many transactions. */
  public Predicate<Transaction> matcher() {
    Position from = after == null ? null : position(after);
    return transaction ->
        (status == null || transaction.status() == status)
            && (product == null || transaction.product() == product)
            && (partyId == null || transaction.request().party().id().equals(partyId))
            && (from == null || compare(position(transaction), from) > 0);
  }

  /** The same query for the page after this transaction. */
  public TransactionQuery after(Transaction last) {
    return new TransactionQuery(status, product, partyId, limit, cursorOf(last));
  }

  /** The opaque text that names a transaction's place in the listing's order. */
  public static String cursorOf(Transaction transaction) {
    String text =
        transaction.createdAt()
            + "|"
            + transaction.product().pathName()
            + "|"
            + transaction.referenceId();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Where a listing resumes: just after this transaction, in newest-first order. */
  public record Position(Instant createdAt, Product product, String referenceId) {}

  /** The position {@code after} names, if any (for stores that page in their own query). */
  public Optional<Position> afterPosition() {
    return after == null ? Optional.empty() : Optional.of(position(after));
  }

  private static Position position(Transaction transaction) {
    return new Position(transaction.createdAt(), transaction.product(), transaction.referenceId());
  }

  /**
   * @throws MomoException 400 when the text is not a cursor a listing gave
   */
  private static Position position(String cursor) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
      if (parts.length == 3) {
        Product product = Product.fromPathName(parts[1]).orElse(null);
        if (product != null) {
          return new Position(Instant.parse(parts[0]), product, parts[2]);
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // refused below
    }
    throw MomoException.badRequest(
        "after must be the next value a transactions listing answered, was: " + cursor);
  }

  private static int compare(Position a, Position b) {
    int byTime = b.createdAt().compareTo(a.createdAt());
    if (byTime != 0) {
      return byTime;
    }
    int byProduct = a.product().compareTo(b.product());
    return byProduct != 0 ? byProduct : b.referenceId().compareTo(a.referenceId());
  }
}
