package dev.momosim.simulator.storage.durable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.behaviour.RuleUses;
import dev.momosim.simulator.behaviour.RuleWriter;
import io.vertx.core.Future;
import java.util.List;

/**
 * Rules and approval mode kept in memory, each change journalled through the {@link Gate}; rules
 * are journalled in the rule-file format. A use of a rule without a limit changes nothing and is
 * not journalled.
 */
final class JournalledBehaviour implements BehaviourStore {
  private final BehaviourStore memory;
  private final Gate gate;

  JournalledBehaviour(BehaviourStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<RuleBook> rules() {
    return memory.rules();
  }

  @Override
  public Future<RuleUse> takeUse(long version, int index) {
    RuleBook book = memory.rules().result();
    if (book.version() == version
        && index >= 0
        && index < book.rules().size()
        && book.rules().get(index).times() == null) {
      return memory.takeUse(version, index); // unlimited: nothing to keep
    }
    return gate.change(
        () -> memory.takeUse(version, index),
        use -> use == RuleUse.TAKEN ? new JournalEntry.UseTaken(version, index) : null);
  }

  @Override
  public Future<RuleUses> uses() {
    return memory.uses();
  }

  @Override
  public Future<RuleBook> replaceRules(List<Rule> rules) {
    return gate.change(
        () -> memory.replaceRules(rules), book -> new JournalEntry.RulesReplaced(json(rules)));
  }

  @Override
  public Future<RuleBook> prependRules(List<Rule> rules) {
    return gate.change(
        () -> memory.prependRules(rules), book -> new JournalEntry.RulesPrepended(json(rules)));
  }

  @Override
  public Future<ApprovalMode> approvalMode() {
    return memory.approvalMode();
  }

  @Override
  public Future<Void> setApprovalMode(ApprovalMode mode) {
    return gate.change(
        () -> memory.setApprovalMode(mode), done -> new JournalEntry.ApprovalModeSet(mode));
  }

  /** The rules in the rule-file format, each with all of its uses. */
  static ArrayNode json(List<Rule> rules) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    rules.forEach(
        rule -> array.add(RuleWriter.write(rule, rule.times() == null ? -1 : rule.times())));
    return array;
  }
}
