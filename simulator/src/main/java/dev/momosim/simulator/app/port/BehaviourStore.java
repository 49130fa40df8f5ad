package dev.momosim.simulator.app.port;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.behaviour.RuleUses;
import io.vertx.core.Future;
import java.util.List;

/**
 * The behaviour a person set at run time: the ordered rules with their remaining uses, and the
 * approval mode for payments no rule matches.
 */
public interface BehaviourStore {
  /** The current rules; every change of the rules gives a book with a new version. */
  Future<RuleBook> rules();

  /**
   * Uses up one use of the rule at {@code index} of the book {@code version}; atomic.
   *
   * @return {@link RuleUse#TAKEN}, {@link RuleUse#NONE_LEFT} when that rule has no uses left, or
   *     {@link RuleUse#RULES_CHANGED} when the rules changed since that version
   */
  Future<RuleUse> takeUse(long version, int index);

  /** The current rules with the remaining uses of each. */
  Future<RuleUses> uses();

  Future<RuleBook> replaceRules(List<Rule> rules);

  /** Adds rules in front of the current ones, so they win. */
  Future<RuleBook> prependRules(List<Rule> rules);

  Future<ApprovalMode> approvalMode();

  Future<Void> setApprovalMode(ApprovalMode mode);
}
