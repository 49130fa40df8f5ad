package dev.momosim.simulator.behaviour;

import dev.momosim.simulator.domain.PaymentRequest;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rules in force, in order, and the version that names this list: every change of the rules
 * makes a new book with a higher version. Immutable. How many uses a limited rule has left is kept
 * by the store, per version.
 */
public record RuleBook(long version, List<Rule> rules) {
  public static final RuleBook EMPTY = new RuleBook(0, List.of());

  public RuleBook {
    rules = List.copyOf(rules);
  }

  /** The indexes of the rules that match the request, first match first. */
  public IntStream matching(PaymentRequest request) {
    return IntStream.range(0, rules.size()).filter(i -> rules.get(i).match().test(request));
  }

  /** A book that follows this one, with these rules. */
  public RuleBook next(List<Rule> newRules) {
    return new RuleBook(version + 1, newRules);
  }
}
