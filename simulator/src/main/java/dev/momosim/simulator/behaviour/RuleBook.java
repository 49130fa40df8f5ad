package dev.momosim.simulator.behaviour;

import dev.momosim.simulator.domain.PaymentRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ordered rules; the first that matches and still has uses left decides. Immutable list,
 * thread-safe use counts: replacing the rules swaps in a new book.
 */
public final class RuleBook {
  private record Entry(Rule rule, AtomicInteger remaining) {
    boolean tryUse() {
      if (remaining == null) {
        return true;
      }
      return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }
  }

  private final List<Entry> entries;

  public RuleBook(List<Rule> rules) {
    this.entries =
        rules.stream()
            .map(
                rule ->
                    new Entry(rule, rule.times() == null ? null : new AtomicInteger(rule.times())))
            .toList();
  }

  /** The outcome of the first matching rule with uses left, which uses it up once. */
  public Optional<Rule> decide(PaymentRequest request) {
    for (Entry entry : entries) {
      if (entry.rule.match().test(request) && entry.tryUse()) {
        return Optional.of(entry.rule);
      }
    }
    return Optional.empty();
  }

  public List<Rule> rules() {
    return entries.stream().map(Entry::rule).toList();
  }

  /** How many uses a rule has left, or -1 when it has no limit. */
  public int remainingUses(int index) {
    AtomicInteger remaining = entries.get(index).remaining;
    return remaining == null ? -1 : remaining.get();
  }
}
