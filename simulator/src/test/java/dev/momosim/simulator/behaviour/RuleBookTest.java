package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleBookTest {
  private final RuleFileParser parser = new RuleFileParser(Map.<String, Long>of()::get);

  @Test
  void theFirstMatchingRuleWins() {
    RuleBook book =
        new RuleBook(
            parser
                .parse(
                    """
        {"rules": [
          {"name": "specific", "match": {"partyId": "1"}, "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}},
          {"name": "general", "match": {"partyIdPrefix": ""}, "outcome": {"status": "SUCCESSFUL"}}]}
        """)
                .rules());
    assertThat(book.decide(RuleFileParserTest.request(Operation.REQUEST_TO_PAY, "1")))
        .get()
        .extracting(Rule::name)
        .isEqualTo("specific");
    assertThat(book.decide(RuleFileParserTest.request(Operation.REQUEST_TO_PAY, "2")))
        .get()
        .extracting(Rule::name)
        .isEqualTo("general");
  }

  @Test
  void aLimitedRuleStopsApplyingOnceUsedUp() {
    List<Rule> rules =
        parser
            .parse(
                """
        {"rules": [{"name": "twice", "times": 2, "outcome": {"status": "FAILED"}}]}""")
            .rules();
    RuleBook book = new RuleBook(rules);
    var request = RuleFileParserTest.request(Operation.TRANSFER, "9");
    assertThat(book.decide(request)).isPresent();
    assertThat(book.remainingUses(0)).isEqualTo(1);
    assertThat(book.decide(request)).isPresent();
    assertThat(book.decide(request)).isEmpty();
    assertThat(book.remainingUses(0)).isZero();
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
