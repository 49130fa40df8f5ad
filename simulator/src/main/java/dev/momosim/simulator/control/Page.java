package dev.momosim.simulator.control;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a listing ({@code GET /_sim/transactions}, {@code /requests}, {@code /callbacks}): at
 * most the asked {@code limit} items in the listing's order, and the cursor of the next page.
 *
 * @param next what to pass as {@code after} for the next page; null on the last page
 */
public record Page<T>(List<T> items, String next) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  public boolean hasNext() {
    return next != null;
  }

  /**
   * A page from up to {@code limit + 1} items found: the first {@code limit}, and a next cursor
   * (the last one's) only when one more was found.
   */
  static <S, T> Page<T> of(
      List<S> found, int limit, Function<S, T> view, Function<S, String> cursorOf) {
    List<S> kept = found.size() > limit ? found.subList(0, limit) : found;
    String next = found.size() > limit ? cursorOf.apply(kept.get(kept.size() - 1)) : null;
    return new Page<>(kept.stream().map(view).toList(), next);
  }
}
