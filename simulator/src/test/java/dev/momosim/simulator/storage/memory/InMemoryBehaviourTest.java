package dev.momosim.simulator.storage.memory;

import static dev.momosim.simulator.storage.memory.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Match;
import dev.momosim.simulator.behaviour.Outcome;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.behaviour.RuleUses;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryBehaviourTest {
  private static final Rule TWICE = rule("twice", 2);
  private static final Rule ALWAYS = rule("always", null);

  @Test
  void startsWithTheInitialRulesAndMode() {
    InMemoryBehaviour behaviour =
        new InMemoryBehaviour(List.of(TWICE, ALWAYS), ApprovalMode.MANUAL);

    assertThat(value(behaviour.rules()).rules()).containsExactly(TWICE, ALWAYS);
    assertThat(value(behaviour.uses()).remaining()).containsExactly(2, -1);
    assertThat(value(behaviour.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
  }

  @Test
  void takesALimitedRulesUsesUntilTheyRunOut() {
    InMemoryBehaviour behaviour = new InMemoryBehaviour(List.of(TWICE), ApprovalMode.AUTO);
    long version = value(behaviour.rules()).version();

    assertThat(value(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.TAKEN);
    assertThat(value(behaviour.uses()).remaining()).containsExactly(1);
    assertThat(value(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.TAKEN);
    assertThat(value(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.NONE_LEFT);
    assertThat(value(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.NONE_LEFT);
    assertThat(value(behaviour.uses()).remaining()).containsExactly(0);
  }

  @Test
  void neverUsesUpARuleWithoutALimit() {
    InMemoryBehaviour behaviour = new InMemoryBehaviour(List.of(ALWAYS), ApprovalMode.AUTO);
    long version = value(behaviour.rules()).version();

    for (int i = 0; i < 10; i++) {
      assertThat(value(behaviour.takeUse(version, 0))).isEqualTo(RuleUse.TAKEN);
    }
    assertThat(value(behaviour.uses()).remaining()).containsExactly(-1);
  }

  @Test
  void refusesAUseAgainstAnOlderVersionOfTheRules() {
    InMemoryBehaviour behaviour = new InMemoryBehaviour(List.of(TWICE), ApprovalMode.AUTO);
    long old = value(behaviour.rules()).version();

    RuleBook replaced = value(behaviour.replaceRules(List.of(rule("again", 2))));

    assertThat(replaced.version()).isGreaterThan(old);
    assertThat(value(behaviour.takeUse(old, 0))).isEqualTo(RuleUse.RULES_CHANGED);
    assertThat(value(behaviour.uses()).remaining()).containsExactly(2);
    assertThat(value(behaviour.takeUse(replaced.version(), 0))).isEqualTo(RuleUse.TAKEN);
    assertThat(value(behaviour.uses()).remaining()).containsExactly(1);
  }

  @Test
  void replacingTheRulesGivesEveryRuleItsFullUses() {
    InMemoryBehaviour behaviour = new InMemoryBehaviour(List.of(TWICE), ApprovalMode.AUTO);
    long version = value(behaviour.rules()).version();
    value(behaviour.takeUse(version, 0));
    value(behaviour.takeUse(version, 0));

    value(behaviour.replaceRules(List.of(TWICE)));

    assertThat(value(behaviour.uses()).remaining()).containsExactly(2);
  }

  @Test
  void prependedRulesComeFirstAndTheExistingRulesKeepTheirRemainingUses() {
    InMemoryBehaviour behaviour =
        new InMemoryBehaviour(List.of(rule("thrice", 3), ALWAYS), ApprovalMode.AUTO);
    long old = value(behaviour.rules()).version();
    value(behaviour.takeUse(old, 0));

    RuleBook added = value(behaviour.prependRules(List.of(rule("once", 1))));

    assertThat(added.version()).isGreaterThan(old);
    assertThat(added.rules()).extracting(Rule::name).containsExactly("once", "thrice", "always");
    RuleUses uses = value(behaviour.uses());
    assertThat(uses.book()).isEqualTo(added);
    assertThat(uses.remaining()).containsExactly(1, 2, -1);
    assertThat(value(behaviour.takeUse(old, 0)))
        .as("a use against the older version")
        .isEqualTo(RuleUse.RULES_CHANGED);
    assertThat(value(behaviour.takeUse(added.version(), 1))).isEqualTo(RuleUse.TAKEN);
    assertThat(value(behaviour.uses()).remaining()).containsExactly(1, 1, -1);
  }

  @Test
  void racingPaymentsNeverUseARuleMoreOftenThanItsLimit() throws Exception {
    InMemoryBehaviour behaviour =
        new InMemoryBehaviour(List.of(rule("100", 100)), ApprovalMode.AUTO);
    long version = value(behaviour.rules()).version();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger used = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      work.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                  if (value(behaviour.takeUse(version, 0)) == RuleUse.TAKEN) {
                    used.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : work) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(used.get()).isEqualTo(100);
    assertThat(value(behaviour.uses()).remaining()).containsExactly(0);
  }

  @Test
  void keepsTheApprovalModeItIsGiven() {
    InMemoryBehaviour behaviour = new InMemoryBehaviour(List.of(), ApprovalMode.AUTO);

    value(behaviour.setApprovalMode(ApprovalMode.MANUAL));

    assertThat(value(behaviour.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
  }

  private static Rule rule(String name, Integer times) {
    return new Rule(name, Match.ANYTHING, Outcome.SUCCEED_AT_ONCE, times);
  }
}
