package dev.momosim.simulator.behaviour;

import dev.momosim.simulator.domain.PaymentRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The rules in force, in order, and the version that names this list: every change of the rules
 * makes a new book with a higher version. Immutable. How many uses a limited rule has left is kept
 * by the store, per version.
 *
 * <p>Rules that name exact party ids (most of the sandbox table, and what tests add most) are
 * indexed by those ids, so a payment is tested only against the rules naming its party and the
 * rules that name none: a thousand such rules cost a payment a map lookup, not a thousand tests.
 */
public final class RuleBook {
  public static final RuleBook EMPTY = new RuleBook(0, List.of());

  private static final int[] NONE = {};

  private final long version;
  private final List<Rule> rules;

  /** For each exact party id, the indexes of the rules naming it, ascending. */
  private final Map<String, int[]> namingParty;

  /** The indexes of the rules that name no exact party id, ascending. */
  private final int[] others;

  public RuleBook(long version, List<Rule> rules) {
    this.version = version;
    this.rules = List.copyOf(rules);
    Map<String, List<Integer>> byParty = new HashMap<>();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < this.rules.size(); i++) {
      if (this.rules.get(i).match().partyId() instanceof PartyIdMatcher.Exact exact) {
        for (String party : exact.values()) {
          byParty.computeIfAbsent(party, p -> new ArrayList<>()).add(i);
        }
      } else {
        rest.add(i);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    byParty.forEach((party, indexes) -> index.put(party, ints(indexes)));
    this.namingParty = Map.copyOf(index);
    this.others = ints(rest);
  }

  public long version() {
    return version;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The indexes of the rules that match the request, first match first. */
  public IntStream matching(PaymentRequest request) {
    int[] named = namingParty.getOrDefault(request.party().id(), NONE);
    return IntStream.of(merged(named, others)).filter(i -> rules.get(i).match().test(request));
  }

  /** A book that follows this one, with these rules. */
  public RuleBook next(List<Rule> newRules) {
    return new RuleBook(version + 1, newRules);
  }

  /** Two ascending index lists as one, ascending (a rule is in one of them only). */
  private static int[] merged(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    int[] all = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      all[k++] = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
    }
    return all;
  }

  private static int[] ints(List<Integer> indexes) {
    return indexes.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleBook book && version == book.version && rules.equals(book.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, rules);
  }

  @Override
  public String toString() {
    return "RuleBook[version=" + version + ", rules=" + rules + "]";
  }
}
