package dev.momosim.simulator.behaviour;

import java.util.List;

/**
 * A rule book and how many uses each of its rules has left, in order (-1 for a rule without a
 * limit).
 */
public record RuleUses(RuleBook book, List<Integer> remaining) {
  public RuleUses {
    remaining = List.copyOf(remaining);
    if (remaining.size() != book.rules().size()) {
      throw new IllegalArgumentException("one count per rule");
    }
  }
}
