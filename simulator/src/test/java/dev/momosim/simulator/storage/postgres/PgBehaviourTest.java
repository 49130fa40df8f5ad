package dev.momosim.simulator.storage.postgres;

import static dev.momosim.simulator.storage.postgres.PgTestDatabase.await;
import static dev.momosim.simulator.storage.postgres.PgTestDatabase.awaitAll;
import static dev.momosim.simulator.storage.postgres.PgTestDatabase.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Match;
import dev.momosim.simulator.behaviour.Outcome;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.behaviour.RuleUses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PgBehaviourTest {
  private static final Rule TWICE = rule("twice", 2);
  private static final Rule ALWAYS = rule("always", null);
  private static final RuleFileParser PARSER = new RuleFileParser(Map.<String, Long>of()::get);

  private PgTestDatabase database;

  @BeforeEach
  void freshDatabase(Vertx vertx) {
    database = PgTestDatabase.create(vertx);
  }

  @AfterEach
  void closePools() {
    database.close();
  }

  /** One more instance on the database, configured with these rules and mode. */
  private PgBehaviour instance(List<Rule> initialRules, ApprovalMode initialMode) {
    return new PgBehaviour(database.pool(), PARSER, initialRules, initialMode);
  }

  @Test
  void startsWithTheInitialRulesAndMode() {
    PgBehaviour behaviour = instance(List.of(TWICE, ALWAYS), ApprovalMode.MANUAL);

    assertThat(await(behaviour.rules())).isEqualTo(new RuleBook(1, List.of(TWICE, ALWAYS)));
    assertThat(await(behaviour.uses()).remaining()).containsExactly(2, -1);
    assertThat(await(behaviour.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
  }

  @Test
  void anInstanceJoiningAKeptSimulatorFindsItsRulesNotItsOwnInitialOnes() {
    PgBehaviour first = instance(List.of(TWICE), ApprovalMode.AUTO);
    await(first.takeUse(await(first.rules()).version(), 0));
    await(first.setApprovalMode(ApprovalMode.MANUAL));

    PgBehaviour joining = instance(List.of(ALWAYS), ApprovalMode.AUTO);

    assertThat(await(joining.rules()).rules()).containsExactly(TWICE);
    assertThat(await(joining.uses()).remaining()).containsExactly(1);
    assertThat(await(joining.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
  }

  @Test
  void takesALimitedRulesUsesUntilTheyRunOut() {
    PgBehaviour behaviour = instance(List.of(TWICE), ApprovalMode.AUTO);
    long version = await(behaviour.rules()).version();

    assertThat(await(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.TAKEN);
    assertThat(await(behaviour.uses()).remaining()).containsExactly(1);
    assertThat(await(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.TAKEN);
    assertThat(await(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.NONE_LEFT);
    assertThat(await(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.NONE_LEFT);
    assertThat(await(behaviour.uses()).remaining()).containsExactly(0);
  }

  @Test
  void neverUsesUpARuleWithoutALimit() {
    PgBehaviour behaviour = instance(List.of(ALWAYS), ApprovalMode.AUTO);
    long version = await(behaviour.rules()).version();

    for (int i = 0; i < 10; i++) {
      assertThat(await(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.TAKEN);
    }
    assertThat(await(behaviour.uses()).remaining()).containsExactly(-1);
  }

  @Test
  void refusesAUseOfARuleTheBookDoesNotHave() {
    PgBehaviour behaviour = instance(List.of(ALWAYS), ApprovalMode.AUTO);
    long version = await(behaviour.rules()).version();

    assertThat(failure(behaviour.takeUse(version, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(failure(behaviour.takeUse(version, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAUseAgainstAnOlderVersionOfTheRulesChangedByAnotherInstance() {
    PgBehaviour behaviour = instance(List.of(TWICE), ApprovalMode.AUTO);
    PgBehaviour other = instance(List.of(TWICE), ApprovalMode.AUTO);
    long old = await(behaviour.rules()).version();

    RuleBook replaced = await(other.replaceRules(List.of(rule("again", 2))));

    assertThat(replaced.version()).isGreaterThan(old);
    assertThat(await(behaviour.rules())).isEqualTo(replaced);
    assertThat(await(behaviour.takeUse(old, 0))).isEqualTo(RuleUse.RULES_CHANGED);
    assertThat(await(behaviour.uses()).remaining()).containsExactly(2);
    assertThat(await(behaviour.takeUse(replaced.version(), 0))).isEqualTo(RuleUse.TAKEN);
    assertThat(await(other.uses()).remaining()).containsExactly(1);
  }

  @Test
  void replacingTheRulesGivesEveryRuleItsFullUses() {
    PgBehaviour behaviour = instance(List.of(TWICE), ApprovalMode.AUTO);
    long version = await(behaviour.rules()).version();
    await(behaviour.takeUse(version, 0));
    await(behaviour.takeUse(version, 0));

    await(behaviour.replaceRules(List.of(TWICE)));

    assertThat(await(behaviour.uses()).remaining()).containsExactly(2);
  }

  @Test
  void replacingTheRulesOfAnEmptyDatabaseFollowsTheInitialVersion() {
    PgBehaviour behaviour = instance(List.of(TWICE), ApprovalMode.AUTO);

    RuleBook replaced = await(behaviour.replaceRules(List.of(ALWAYS)));

    assertThat(replaced).isEqualTo(new RuleBook(2, List.of(ALWAYS)));
    assertThat(await(instance(List.of(), ApprovalMode.AUTO).rules())).isEqualTo(replaced);
  }

  @Test
  void prependedRulesComeFirstAndTheExistingRulesKeepTheirRemainingUses() {
    PgBehaviour behaviour = instance(List.of(rule("thrice", 3), ALWAYS), ApprovalMode.AUTO);
    long old = await(behaviour.rules()).version();
    await(behaviour.takeUse(old, 0));

    RuleBook added = await(behaviour.prependRules(List.of(rule("once", 1))));

    assertThat(added.version()).isGreaterThan(old);
    assertThat(added.rules()).extracting(Rule::name).containsExactly("once", "thrice", "always");
    RuleUses uses = await(instance(List.of(), ApprovalMode.AUTO).uses());
    assertThat(uses.book()).isEqualTo(added);
    assertThat(uses.remaining()).containsExactly(1, 2, -1);
    assertThat(await(behaviour.takeUse(old, 0)))
        .as("a use against the older version")
        .isEqualTo(RuleUse.RULES_CHANGED);
    assertThat(await(behaviour.takeUse(added.version(), 1))).isEqualTo(RuleUse.TAKEN);
    assertThat(await(behaviour.uses()).remaining()).containsExactly(1, 1, -1);
  }

  @Test
  void fortyCallersOnTwoInstancesUseARuleOfThreeUsesExactlyThreeTimes() {
    PgBehaviour first = instance(List.of(rule("three", 3)), ApprovalMode.AUTO);
    PgBehaviour second = instance(List.of(rule("three", 3)), ApprovalMode.AUTO);
    long version = await(first.rules()).version();
    List<Future<RuleUse>> callers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      callers.add((i % 2 == 0 ? first : second).takeUse(version, 0));
    }

    List<RuleUse> answers = awaitAll(callers);

    assertThat(Collections.frequency(answers, RuleUse.TAKEN)).isEqualTo(3);
    assertThat(Collections.frequency(answers, RuleUse.NONE_LEFT)).isEqualTo(37);
    assertThat(await(second.uses()).remaining()).containsExactly(0);
  }

  @Test
  void aUseRacingAChangeOfTheRulesIsTakenBeforeItOrRefusedAsChanged() {
    PgBehaviour first = instance(List.of(rule("many", 100)), ApprovalMode.AUTO);
    PgBehaviour second = instance(List.of(rule("many", 100)), ApprovalMode.AUTO);
    long version = await(first.rules()).version();
    List<Future<RuleUse>> callers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      callers.add(first.takeUse(version, 0));
    }
    Future<RuleBook> replaced = second.replaceRules(List.of(rule("many", 100)));
    for (int i = 0; i < 20; i++) {
      callers.add(first.takeUse(version, 0));
    }

    List<RuleUse> answers = awaitAll(callers);
    await(replaced);

    assertThat(answers).doesNotContain(RuleUse.NONE_LEFT);
    assertThat(await(first.uses()).remaining()).containsExactly(100);
  }

  @Test
  void theFirstInstanceToReadTheRulesSetsTheApprovalModeOfEveryInstance() {
    PgBehaviour first = instance(List.of(), ApprovalMode.MANUAL);
    PgBehaviour second = instance(List.of(), ApprovalMode.AUTO);

    await(first.rules());

    assertThat(await(second.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
    await(second.seed());
    assertThat(await(second.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
  }

  @Test
  void keepsTheApprovalModeItIsGivenForEveryInstance() {
    PgBehaviour behaviour = instance(List.of(), ApprovalMode.AUTO);

    await(behaviour.setApprovalMode(ApprovalMode.MANUAL));

    assertThat(await(behaviour.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
    assertThat(await(instance(List.of(), ApprovalMode.AUTO).approvalMode()))
        .isEqualTo(ApprovalMode.MANUAL);
  }

  @Test
  void restoringReplacesTheRulesTheirUsesAndTheApprovalMode() {
    PgBehaviour behaviour = instance(List.of(ALWAYS), ApprovalMode.AUTO);
    PgBehaviour other = instance(List.of(ALWAYS), ApprovalMode.AUTO);
    await(other.rules());
    RuleUses image = new RuleUses(new RuleBook(7, List.of(TWICE, ALWAYS)), List.of(1, -1));

    await(
        database.pool().withTransaction(tx -> behaviour.restoreIn(tx, image, ApprovalMode.MANUAL)));

    assertThat(await(other.uses())).isEqualTo(image);
    assertThat(await(other.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
    assertThat(await(other.takeUse(7, 0))).isEqualTo(RuleUse.TAKEN);
    assertThat(await(other.takeUse(7, 0))).isEqualTo(RuleUse.NONE_LEFT);
  }

  private static Rule rule(String name, Integer times) {
    return new Rule(name, Match.ANYTHING, Outcome.SUCCEED_AT_ONCE, times);
  }
}
