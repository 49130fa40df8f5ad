package dev.momosim.simulator.behaviour;

import java.util.List;
import java.util.Map;

/**
 * The content of a rule file: payment rules in order, and account-holder answers by id (ids are
 * matched case-insensitively, so they are stored lower-case).
 */
public record RuleSet(List<Rule> rules, Map<String, AccountHolderAnswer> accountHolders) {
  public RuleSet {
    rules = List.copyOf(rules);
    accountHolders = Map.copyOf(accountHolders);
  }

  /** This set's rules first, then the other's; account-holder answers of this set win. */
  public RuleSet before(RuleSet other) {
    var rulesInOrder = new java.util.ArrayList<>(rules);
    rulesInOrder.addAll(other.rules);
    var answers = new java.util.HashMap<>(other.accountHolders);
    answers.putAll(accountHolders);
    return new RuleSet(rulesInOrder, answers);
  }
}
