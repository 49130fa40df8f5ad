package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.domain.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule book: which rules match, in order, and its version. How many uses a limited rule has
 * left is the store's ({@code InMemoryBehaviourTest}); the first usable rule deciding is {@code
 * app.BehavioursTest}.
 */
class RuleBookTest {
  private final RuleFileParser parser = new RuleFileParser(Map.<String, Long>of()::get);

  @Test
  void listsTheMatchingRulesFirstMatchFirst() {
    RuleBook book =
        new RuleBook(
            1,
            parser
                .parse(
                    """
        {"rules": [
          {"name": "specific", "match": {"partyId": "1"}, "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}},
          {"name": "general", "match": {"partyIdPrefix": ""}, "outcome": {"status": "SUCCESSFUL"}}]}
        """)
                .rules());
    assertThat(book.matching(RuleFileParserTest.request(Operation.REQUEST_TO_PAY, "1")))
        .containsExactly(0, 1);
    assertThat(book.matching(RuleFileParserTest.request(Operation.REQUEST_TO_PAY, "2")))
        .containsExactly(1);
  }

  @Test
  void findsTheSameRulesInTheSameOrderAsTestingEveryRuleInTurn() {
    List<Rule> rules =
        parser
            .parse(
                """
        {"rules": [
          {"name": "a", "match": {"partyId": ["10", "11"]}, "outcome": {"status": "FAILED"}},
          {"name": "b", "match": {"partyIdPrefix": "1"}, "outcome": {"status": "FAILED"}},
          {"name": "c", "match": {"partyId": "11", "operations": ["transfer"]}, "outcome": {"status": "FAILED"}},
          {"name": "d", "outcome": {"status": "FAILED"}},
          {"name": "e", "match": {"partyId": "11"}, "outcome": {"status": "FAILED"}},
          {"name": "f", "match": {"partyIdRegex": "1\\\\d"}, "outcome": {"status": "FAILED"}},
          {"name": "g", "match": {"partyId": "20"}, "outcome": {"status": "FAILED"}}]}
        """)
            .rules();
    RuleBook book = new RuleBook(1, rules);

    for (Operation operation : List.of(Operation.REQUEST_TO_PAY, Operation.TRANSFER)) {
      for (String party : List.of("10", "11", "12", "20", "21", "")) {
        var request = RuleFileParserTest.request(operation, party);
        int[] everyRuleInTurn =
            java.util.stream.IntStream.range(0, rules.size())
                .filter(i -> rules.get(i).match().test(request))
                .toArray();
        assertThat(book.matching(request).toArray())
            .as("%s %s", operation, party)
            .containsExactly(everyRuleInTurn);
      }
    }
    assertThat(book.matching(RuleFileParserTest.request(Operation.TRANSFER, "11")))
        .containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void matchesNothingWhenNoRuleMatches() {
    RuleBook book =
        new RuleBook(
            1,
            parser
                .parse(
                    """
        {"rules": [{"match": {"operations": ["transfer"]}, "outcome": {"status": "FAILED"}}]}""")
                .rules());

    assertThat(book.matching(RuleFileParserTest.request(Operation.REQUEST_TO_PAY, "1"))).isEmpty();
    assertThat(RuleBook.EMPTY.matching(RuleFileParserTest.request(Operation.TRANSFER, "1")))
        .isEmpty();
  }

  @Test
  void theNextBookHasAHigherVersionAndLeavesThisOneAsItWas() {
    List<Rule> rules =
        parser
            .parse(
                """
        {"rules": [{"name": "twice", "times": 2, "outcome": {"status": "FAILED"}}]}""")
            .rules();
    RuleBook first = new RuleBook(7, rules);

    RuleBook next = first.next(List.of());

    assertThat(next.version()).isEqualTo(8);
    assertThat(next.rules()).isEmpty();
    assertThat(first.rules()).isEqualTo(rules);
  }

  @Test
  void keepsItsOwnCopyOfTheRules() {
    List<Rule> rules =
        new ArrayList<>(
            parser
                .parse(
                    """
        {"rules": [{"name": "once", "times": 1, "outcome": {"status": "FAILED"}}]}""")
                .rules());
    RuleBook book = new RuleBook(1, rules);

    rules.clear();

    assertThat(book.rules()).extracting(Rule::name).containsExactly("once");
    assertThatThrownBy(() -> book.rules().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRuleWrittenBackParsesToTheSameRule() throws Exception {
    Rule original =
        parser
            .parse(
                """
        {"rules": [{"name": "round trip", "times": 3,
          "match": {"operations": ["transfer"], "partyIdRegex": "46.*", "amountMin": "5"},
          "outcome": {"status": "FAILED", "reason": "EXPIRED", "delaySeconds": 12.5, "initialStatus": "CREATED",
                      "httpFault": {"delayMillis": 40}, "callbackFault": {"drop": true}}}]}""")
            .rules()
            .get(0);
    var written = RuleWriter.write(original, 3);
    Rule reread = parser.parseRules(written).get(0);
    assertThat(reread.outcome()).isEqualTo(original.outcome());
    assertThat(reread.times()).isEqualTo(original.times());
    assertThat(RuleWriter.write(reread, 3)).isEqualTo(written);
  }
}
