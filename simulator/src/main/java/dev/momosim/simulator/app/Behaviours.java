package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.behaviour.AccountHolderAnswer;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Outcome;
import dev.momosim.simulator.behaviour.Plan;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleSet;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.PaymentRequest;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PrimitiveIterator;

/**
 * How payments behave: the first matching rule with uses left decides, else the approval mode.
 * Rules and mode can be changed at run time (kept in the {@link BehaviourStore} and announced); the
 * account-holder answers come from the configured rule set. Thread-safe.
 */
public final class Behaviours {
  /** A rule in force and how many uses it has left (-1: no limit). */
  public record RuleInForce(Rule rule, int remainingUses) {}

  private final BehaviourStore store;
  private final RuleSet configured;
  private final ApprovalMode configuredMode;
  private final ChangeFeed changes;
  private final int maxRules;

  public Behaviours(
      BehaviourStore store, RuleSet configured, ApprovalMode configuredMode, ChangeFeed changes) {
    this(store, configured, configuredMode, changes, Integer.MAX_VALUE);
  }

  /**
   * @param maxRules how many rules may be in force after a change ({@code tenants.maxRules}); the
   *     configured ones are always accepted
   */
  public Behaviours(
      BehaviourStore store,
      RuleSet configured,
      ApprovalMode configuredMode,
      ChangeFeed changes,
      int maxRules) {
    this.store = store;
    this.configured = configured;
    this.configuredMode = configuredMode;
    this.changes = changes;
    this.maxRules = maxRules;
  }

  /** The first matching rule's outcome (using one of its uses), else the approval mode's. */
  public Future<Plan> plan(PaymentRequest request) {
    return plan(request, MAX_REREADS);
  }

  /** How often a plan reads the rules again because they changed while it was deciding. */
  private static final int MAX_REREADS = 16;

  private Future<Plan> plan(PaymentRequest request, int rereadsLeft) {
    return store
        .rules()
        .compose(
            book -> firstUsable(book, book.matching(request).iterator(), request, rereadsLeft));
  }

  private Future<Plan> firstUsable(
      RuleBook book, PrimitiveIterator.OfInt candidates, PaymentRequest request, int rereadsLeft) {
    while (candidates.hasNext()) {
      int index = candidates.nextInt();
      Rule rule = book.rules().get(index);
      if (rule.times() == null) {
        return Future.succeededFuture(new Plan(rule.outcome(), rule.name()));
      }
      return store
          .takeUse(book.version(), index)
          .compose(
              use ->
                  switch (use) {
                    case TAKEN -> Future.succeededFuture(new Plan(rule.outcome(), rule.name()));
                    case NONE_LEFT -> firstUsable(book, candidates, request, rereadsLeft);
                    case RULES_CHANGED ->
                        rereadsLeft > 0
                            ? plan(request, rereadsLeft - 1)
                            : Future.failedFuture(
                                new IllegalStateException(
                                    "the rules kept changing while a payment was planned"));
                  });
    }
    return store
        .approvalMode()
        .map(
            mode ->
                mode == ApprovalMode.MANUAL
                    ? new Plan(Outcome.MANUAL, "approval mode MANUAL")
                    : new Plan(Outcome.SUCCEED_AT_ONCE, "approval mode AUTO"));
  }

  /** The configured answer for an account holder id (any case), else active. */
  public AccountHolderAnswer accountHolder(String id) {
    return configured
        .accountHolders()
        .getOrDefault(id.toLowerCase(Locale.ROOT), AccountHolderAnswer.ACTIVE);
  }

  public Future<ApprovalMode> approvalMode() {
    return store.approvalMode();
  }

  public Future<ApprovalMode> setApprovalMode(ApprovalMode mode) {
    return store
        .setApprovalMode(mode)
        .map(
            kept -> {
              changes.publish(new Change.ApprovalModeChanged(mode));
              return mode;
            });
  }

  /** The rules in force, in order, with their remaining uses. */
  public Future<List<RuleInForce>> rules() {
    return store
        .uses()
        .map(
            uses -> {
              List<RuleInForce> rules = new ArrayList<>();
              for (int i = 0; i < uses.book().rules().size(); i++) {
                rules.add(new RuleInForce(uses.book().rules().get(i), uses.remaining().get(i)));
              }
              return rules;
            });
  }

  /** Replaces every rule (the sandbox table too); 400 TOO_MANY_RULES beyond the cap. */
  public Future<List<RuleInForce>> replaceRules(List<Rule> rules) {
    if (rules.size() > maxRules) {
      return Future.failedFuture(tooMany(rules.size()));
    }
    return changed(store.replaceRules(rules));
  }

  /** Adds rules in front of the current ones, so they win; 400 TOO_MANY_RULES beyond the cap. */
  public Future<List<RuleInForce>> addRules(List<Rule> rules) {
    return store
        .rules()
        .compose(
            book -> {
              int after = book.rules().size() + rules.size();
              return after > maxRules
                  ? Future.failedFuture(tooMany(after))
                  : changed(store.prependRules(rules));
            });
  }

  private MomoException tooMany(int wanted) {
    return new MomoException(
        400,
        "TOO_MANY_RULES",
        "That would make "
            + wanted
            + " rules, and at most "
            + maxRules
            + " may be in force (tenants.maxRules): remove some first (DELETE /_sim/rules).");
  }

  /** Back to the configured rules and approval mode (part of a reset). */
  public Future<Void> reset() {
    return store
        .replaceRules(configured.rules())
        .compose(book -> store.setApprovalMode(configuredMode));
  }

  private Future<List<RuleInForce>> changed(Future<RuleBook> change) {
    return change.compose(
        book -> {
          changes.publish(new Change.RulesChanged(book.rules().size()));
          return rules();
        });
  }
}
