package dev.momosim.simulator.behaviour;

import dev.momosim.simulator.domain.PaymentRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's current behaviour: the rule book, the approval mode for payments no rule matches,
 * and the account-holder answers. Every part can be swapped at run time. Thread-safe.
 */
public final class Behaviour {
  private final AtomicReference<RuleBook> rules;
  private final AtomicReference<ApprovalMode> approvalMode;
  private final AtomicReference<Map<String, AccountHolderAnswer>> accountHolders;

  public Behaviour(RuleSet ruleSet, ApprovalMode approvalMode) {
    this.rules = new AtomicReference<>(new RuleBook(ruleSet.rules()));
    this.approvalMode = new AtomicReference<>(Objects.requireNonNull(approvalMode));
    this.accountHolders = new AtomicReference<>(ruleSet.accountHolders());
  }

  /** The first matching rule's outcome, else the approval mode's. */
  public Plan plan(PaymentRequest request) {
    return rules
        .get()
        .decide(request)
        .map(rule -> new Plan(rule.outcome(), rule.name()))
        .orElseGet(
            () ->
                approvalMode.get() == ApprovalMode.MANUAL
                    ? new Plan(Outcome.MANUAL, "approval mode MANUAL")
                    : new Plan(Outcome.SUCCEED_AT_ONCE, "approval mode AUTO"));
  }

  public AccountHolderAnswer accountHolder(String id) {
    return accountHolders
        .get()
        .getOrDefault(id.toLowerCase(Locale.ROOT), AccountHolderAnswer.ACTIVE);
  }

  public ApprovalMode approvalMode() {
    return approvalMode.get();
  }

  public void approvalMode(ApprovalMode mode) {
    approvalMode.set(Objects.requireNonNull(mode));
  }

  public RuleBook ruleBook() {
    return rules.get();
  }

  public void replaceRules(List<Rule> newRules) {
    rules.set(new RuleBook(newRules));
  }

  /** Adds rules in front of the current ones, so they win. */
  public void prependRules(List<Rule> newRules) {
    rules.updateAndGet(
        book -> {
          List<Rule> combined = new ArrayList<>(newRules);
          combined.addAll(book.rules());
          return new RuleBook(combined);
        });
  }
}
