package dev.momosim.simulator.app;

import static dev.momosim.simulator.app.Completed.value;
import static dev.momosim.simulator.app.Fixtures.requestToPay;
import static dev.momosim.simulator.app.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.behaviour.AccountHolderAnswer;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Outcome;
import dev.momosim.simulator.behaviour.Plan;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleSet;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.behaviour.RuleUses;
import dev.momosim.simulator.domain.TransactionStatus;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BehavioursTest {
  private static final List<Rule> SPECIFIC_THEN_GENERAL =
      rules(
          """
      {"rules": [
        {"name": "specific", "match": {"partyId": "1"}, "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}},
        {"name": "general", "match": {"partyIdPrefix": ""}, "outcome": {"status": "SUCCESSFUL"}}]}
      """);

  private final List<Change> announced = new CopyOnWriteArrayList<>();

  @Test
  void theFirstMatchingRuleWins() {
    Behaviours behaviours = behaviours(SPECIFIC_THEN_GENERAL, ApprovalMode.AUTO);

    Plan specific = value(behaviours.plan(requestToPay("a", "1", "5")));
    Plan general = value(behaviours.plan(requestToPay("b", "2", "5")));

    assertThat(specific.decidedBy()).isEqualTo("specific");
    assertThat(specific.outcome().finalStatus()).isEqualTo(TransactionStatus.FAILED);
    assertThat(specific.outcome().reason()).isEqualTo("NOT_ALLOWED");
    assertThat(general.decidedBy()).isEqualTo("general");
  }

  @Test
  void aLimitedRuleStopsApplyingOnceUsedUp() {
    Behaviours behaviours =
        behaviours(
            rules(
                """
        {"rules": [{"name": "twice", "times": 2, "outcome": {"status": "FAILED"}}]}"""),
            ApprovalMode.AUTO);

    assertThat(value(behaviours.plan(requestToPay("a", "9", "5"))).decidedBy()).isEqualTo("twice");
    assertThat(value(behaviours.rules()))
        .singleElement()
        .extracting(r -> r.remainingUses())
        .isEqualTo(1);
    assertThat(value(behaviours.plan(requestToPay("b", "9", "5"))).decidedBy()).isEqualTo("twice");
    Plan third = value(behaviours.plan(requestToPay("c", "9", "5")));

    assertThat(third.decidedBy()).isEqualTo("approval mode AUTO");
    assertThat(third.outcome()).isEqualTo(Outcome.SUCCEED_AT_ONCE);
    assertThat(value(behaviours.rules()))
        .singleElement()
        .extracting(r -> r.remainingUses())
        .isEqualTo(0);
  }

  @Test
  void aUsedUpRuleLetsTheNextMatchingRuleDecide() {
    Behaviours behaviours =
        behaviours(
            rules(
                """
        {"rules": [
          {"name": "once", "times": 1, "outcome": {"status": "FAILED"}},
          {"name": "fallback", "outcome": {"status": "SUCCESSFUL"}}]}"""),
            ApprovalMode.MANUAL);

    assertThat(value(behaviours.plan(requestToPay("a", "9", "5"))).decidedBy()).isEqualTo("once");
    assertThat(value(behaviours.plan(requestToPay("b", "9", "5"))).decidedBy())
        .isEqualTo("fallback");
    assertThat(value(behaviours.rules()))
        .extracting(Behaviours.RuleInForce::remainingUses)
        .containsExactly(0, -1);
  }

  @Test
  void aRuleChangeWhileAPaymentIsPlannedDoesNotCostTheMatchingRuleItsTurn() {
    InMemoryStore store =
        Fixtures.store(
            rules(
                """
        {"rules": [{"name": "once", "times": 1, "outcome": {"status": "FAILED"}}]}"""),
            ApprovalMode.MANUAL);
    BehaviourStore racing =
        new RulesAddedBeforeFirstUse(
            store.behaviour(),
            rules(
                """
        {"rules": [{"name": "other", "match": {"partyId": "1"}, "outcome": {}}]}"""));
    Behaviours behaviours =
        new Behaviours(
            racing, new RuleSet(List.of(), Map.of()), ApprovalMode.MANUAL, store.changes());

    Plan plan = value(behaviours.plan(requestToPay("a", "9", "5")));

    assertThat(plan.decidedBy()).isEqualTo("once");
  }

  @Test
  void theApprovalModeDecidesWhenNoRuleMatches() {
    Behaviours behaviours = behaviours(List.of(), ApprovalMode.MANUAL);

    Plan manual = value(behaviours.plan(requestToPay("a", "9", "5")));
    value(behaviours.setApprovalMode(ApprovalMode.AUTO));
    Plan auto = value(behaviours.plan(requestToPay("b", "9", "5")));

    assertThat(manual).isEqualTo(new Plan(Outcome.MANUAL, "approval mode MANUAL"));
    assertThat(auto).isEqualTo(new Plan(Outcome.SUCCEED_AT_ONCE, "approval mode AUTO"));
    assertThat(value(behaviours.approvalMode())).isEqualTo(ApprovalMode.AUTO);
    assertThat(announced).containsExactly(new Change.ApprovalModeChanged(ApprovalMode.AUTO));
  }

  @Test
  void addedRulesWinAndTheRulesInForceKeepTheirRemainingUses() {
    Behaviours behaviours =
        behaviours(
            rules(
                """
        {"rules": [{"name": "thrice", "times": 3, "outcome": {"status": "FAILED"}}]}"""),
            ApprovalMode.AUTO);
    value(behaviours.plan(requestToPay("a", "9", "5")));

    List<Behaviours.RuleInForce> inForce =
        value(
            behaviours.addRules(
                rules(
                    """
        {"rules": [{"name": "first", "match": {"partyId": "1"}, "outcome": {"status": "SUCCESSFUL"}}]}""")));

    assertThat(inForce)
        .extracting(rule -> rule.rule().name() + ":" + rule.remainingUses())
        .containsExactly("first:-1", "thrice:2");
    assertThat(value(behaviours.plan(requestToPay("b", "1", "5"))).decidedBy()).isEqualTo("first");
    assertThat(value(behaviours.plan(requestToPay("c", "9", "5"))).decidedBy()).isEqualTo("thrice");
    assertThat(announced).containsExactly(new Change.RulesChanged(2));
  }

  @Test
  void replacingTheRulesStartsTheirUsesAfresh() {
    Behaviours behaviours = behaviours(SPECIFIC_THEN_GENERAL, ApprovalMode.AUTO);

    List<Behaviours.RuleInForce> inForce =
        value(
            behaviours.replaceRules(
                rules(
                    """
        {"rules": [{"name": "only", "times": 1, "outcome": {"status": "FAILED"}}]}""")));

    assertThat(inForce)
        .extracting(rule -> rule.rule().name() + ":" + rule.remainingUses())
        .containsExactly("only:1");
    assertThat(value(behaviours.plan(requestToPay("a", "1", "5"))).decidedBy()).isEqualTo("only");
    assertThat(announced).containsExactly(new Change.RulesChanged(1));
  }

  @Test
  void aResetBringsBackTheConfiguredRulesAndMode() {
    Behaviours behaviours = behaviours(SPECIFIC_THEN_GENERAL, ApprovalMode.MANUAL);
    value(behaviours.replaceRules(List.of()));
    value(behaviours.setApprovalMode(ApprovalMode.AUTO));

    value(behaviours.reset());

    assertThat(value(behaviours.rules()))
        .extracting(rule -> rule.rule().name())
        .containsExactly("specific", "general");
    assertThat(value(behaviours.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
  }

  @Test
  void answersAccountHolderLookupsFromTheConfiguredRulesInAnyCase() {
    AccountHolderAnswer notFound =
        new AccountHolderAnswer(
            false, 404, "RESOURCE_NOT_FOUND", "Requested resource was not found.");
    InMemoryStore store = Fixtures.store();
    Behaviours behaviours =
        new Behaviours(
            store.behaviour(),
            new RuleSet(List.of(), Map.of("notfound@email.com", notFound)),
            ApprovalMode.AUTO,
            store.changes());

    assertThat(behaviours.accountHolder("NotFound@Email.com")).isEqualTo(notFound);
    assertThat(behaviours.accountHolder("anyone-else")).isEqualTo(AccountHolderAnswer.ACTIVE);
  }

  private Behaviours behaviours(List<Rule> configured, ApprovalMode mode) {
    InMemoryStore store = Fixtures.store(configured, mode);
    store.changes().subscribe(announced::add);
    return new Behaviours(
        store.behaviour(), new RuleSet(configured, Map.of()), mode, store.changes());
  }

  /** The store, except that someone adds rules just before the first use is taken. */
  private static final class RulesAddedBeforeFirstUse implements BehaviourStore {
    private final BehaviourStore store;
    private final AtomicReference<List<Rule>> toAdd;

    RulesAddedBeforeFirstUse(BehaviourStore store, List<Rule> toAdd) {
      this.store = store;
      this.toAdd = new AtomicReference<>(toAdd);
    }

    @Override
    public Future<RuleUse> takeUse(long version, int index) {
      List<Rule> added = toAdd.getAndSet(null);
      if (added != null) {
        value(store.prependRules(added));
      }
      return store.takeUse(version, index);
    }

    @Override
    public Future<RuleBook> rules() {
      return store.rules();
    }

    @Override
    public Future<RuleUses> uses() {
      return store.uses();
    }

    @Override
    public Future<RuleBook> replaceRules(List<Rule> rules) {
      return store.replaceRules(rules);
    }

    @Override
    public Future<RuleBook> prependRules(List<Rule> rules) {
      return store.prependRules(rules);
    }

    @Override
    public Future<ApprovalMode> approvalMode() {
      return store.approvalMode();
    }

    @Override
    public Future<Void> setApprovalMode(ApprovalMode mode) {
      return store.setApprovalMode(mode);
    }
  }
}
