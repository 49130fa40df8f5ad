package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.behaviour.RuleUses;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rules with lock-free use counts, and the approval mode. A change of the rules swaps in a new book
 * and new counters in one step, so a use taken against an older version is refused. Thread-safe.
 */
final class InMemoryBehaviour implements BehaviourStore {
  /** A book and the remaining uses of each of its rules (null for rules without a limit). */
  private record Counted(RuleBook book, List<AtomicInteger> remaining) {
    static Counted of(RuleBook book) {
      List<AtomicInteger> remaining = new ArrayList<>();
      book.rules()
          .forEach(
              rule -> remaining.add(rule.times() == null ? null : new AtomicInteger(rule.times())));
      return new Counted(book, remaining);
    }
  }

  private final AtomicReference<Counted> rules;
  private final AtomicReference<ApprovalMode> approvalMode;

  InMemoryBehaviour(List<Rule> initialRules, ApprovalMode initialMode) {
    this.rules = new AtomicReference<>(Counted.of(new RuleBook(1, initialRules)));
    this.approvalMode = new AtomicReference<>(Objects.requireNonNull(initialMode));
  }

  @Override
  public Future<RuleBook> rules() {
    return Future.succeededFuture(rules.get().book());
  }

  @Override
  public Future<RuleUse> takeUse(long version, int index) {
    Counted current = rules.get();
    if (current.book().version() != version) {
      return Future.succeededFuture(RuleUse.RULES_CHANGED);
    }
    if (index < 0 || index >= current.remaining().size()) {
      return Future.failedFuture(
          new IllegalArgumentException(
              "rule " + index + " is not in a book of " + current.remaining().size()));
    }
    AtomicInteger remaining = current.remaining().get(index);
    boolean used = remaining == null || remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    return Future.succeededFuture(used ? RuleUse.TAKEN : RuleUse.NONE_LEFT);
  }

  @Override
  public Future<RuleUses> uses() {
    Counted current = rules.get();
    List<Integer> counts = new ArrayList<>();
    current.remaining().forEach(remaining -> counts.add(remaining == null ? -1 : remaining.get()));
    return Future.succeededFuture(new RuleUses(current.book(), counts));
  }

  @Override
  public Future<RuleBook> replaceRules(List<Rule> newRules) {
    return Future.succeededFuture(
        rules.updateAndGet(current -> Counted.of(current.book().next(newRules))).book());
  }

  @Override
  public Future<RuleBook> prependRules(List<Rule> newRules) {
    return Future.succeededFuture(
        rules
            .updateAndGet(
                current -> {
                  // The rules already in force keep the uses they have left.
                  List<Rule> combined = new ArrayList<>(newRules);
                  combined.addAll(current.book().rules());
                  Counted added = Counted.of(current.book().next(newRules));
                  List<AtomicInteger> remaining = new ArrayList<>(added.remaining());
                  remaining.addAll(current.remaining());
                  return new Counted(current.book().next(combined), remaining);
                })
            .book());
  }

  void restore(RuleUses image, ApprovalMode mode) {
    List<AtomicInteger> remaining = new ArrayList<>();
    image.remaining().forEach(left -> remaining.add(left < 0 ? null : new AtomicInteger(left)));
    rules.set(new Counted(image.book(), remaining));
    approvalMode.set(Objects.requireNonNull(mode));
  }

  @Override
  public Future<ApprovalMode> approvalMode() {
    return Future.succeededFuture(approvalMode.get());
  }

  @Override
  public Future<Void> setApprovalMode(ApprovalMode mode) {
    approvalMode.set(Objects.requireNonNull(mode));
    return Future.succeededFuture();
  }
}
