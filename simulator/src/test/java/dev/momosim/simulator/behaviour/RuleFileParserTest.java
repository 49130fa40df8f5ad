package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.TransactionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleFileParserTest {
  private final RuleFileParser parser =
      new RuleFileParser(
          Map.of("sandbox.ongoingExpirySeconds", 180L, "sandbox.delayedSuccessSeconds", 25L)::get);

  @Test
  void readsEveryMatchConditionAndOutcomeField() {
    RuleSet set =
        parser.parse(
            """
        {"rules": [{"name": "big transfers fail late", "times": 2,
          "match": {"products": ["disbursement"], "operations": ["transfer"], "partyIdPrefix": "2567",
                    "amountMin": "100", "amountMax": "500", "currency": "EUR", "externalId": "x1"},
          "outcome": {"status": "FAILED", "reason": "PAYER_LIMIT_REACHED", "delaySeconds": 30,
                      "initialStatus": "CREATED", "callbackFault": {"duplicate": true}}}]}
        """);
    Rule rule = set.rules().get(0);
    assertThat(rule.name()).isEqualTo("big transfers fail late");
    assertThat(rule.times()).isEqualTo(2);
    assertThat(rule.outcome().finalStatus()).isEqualTo(TransactionStatus.FAILED);
    assertThat(rule.outcome().reason()).isEqualTo("PAYER_LIMIT_REACHED");
    assertThat(rule.outcome().delay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(rule.outcome().initialStatus()).isEqualTo(TransactionStatus.CREATED);
    assertThat(rule.outcome().callbackFault().duplicate()).isTrue();
    assertThat(rule.match().test(transfer("256700000001", "200", "x1"))).isTrue();
    assertThat(rule.match().test(transfer("256700000001", "600", "x1"))).isFalse();
    assertThat(rule.match().test(transfer("46700000001", "200", "x1"))).isFalse();
    assertThat(rule.match().test(transfer("256700000001", "200", "other"))).isFalse();
  }

  @Test
  void resolvesANamedDelayFromTheSettings() {
    Rule rule =
        parser
            .parseRules(
                json(
                    """
        {"match": {"partyId": "1"}, "outcome": {"status": "FAILED", "reason": "EXPIRED",
         "delaySeconds": "sandbox.ongoingExpirySeconds"}}"""))
            .get(0);
    assertThat(rule.outcome().delay()).isEqualTo(Duration.ofSeconds(180));
  }

  @Test
  void matchesARegularExpressionOnTheWholePartyId() {
    Rule rule =
        parser
            .parseRules(
                json(
                    """
        {"match": {"partyIdRegex": "4673312345[0-4]"}, "outcome": {"manual": true}}"""))
            .get(0);
    assertThat(rule.outcome().manual()).isTrue();
    assertThat(rule.match().test(transfer("46733123452", "1", null))).isTrue();
    assertThat(rule.match().test(transfer("467331234529", "1", null))).isFalse();
  }

  @Test
  void namesTheRuleAndFieldAtFault() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"rules": [{"name": "broken", "match": {"partyIdRegex": "("}, "outcome": {"status": "FAILED"}}]}"""))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("partyIdRegex");
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"rules": [{"name": "odd", "outcome": {"status": "PENDING"}}]}"""))
        .hasMessageContaining("odd")
        .hasMessageContaining("SUCCESSFUL or FAILED");
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"rules": [{"name": "late", "outcome": {"delaySeconds": "no.such.setting"}}]}"""))
        .hasMessageContaining("no.such.setting");
    assertThatThrownBy(() -> parser.parse("not json")).hasMessageContaining("not valid JSON");
  }

  @Test
  void refusesAnOutcomeThatContradictsItselfNamingTheRule() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"rules": [{"name": "undecided", "outcome": {"manual": true, "status": "FAILED"}}]}"""))
        .hasMessageContaining("undecided")
        .hasMessageContaining("manual contradicts status FAILED");
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"rules": [{"name": "glad", "outcome": {"status": "SUCCESSFUL", "reason": "EXPIRED"}}]}"""))
        .hasMessageContaining("glad")
        .hasMessageContaining("reason EXPIRED needs status FAILED");
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"rules": [{"name": "zero", "outcome": {"httpFault": {"status": 0}}}]}"""))
        .hasMessageContaining("zero")
        .hasMessageContaining("httpFault.status must be between 400 and 599, was 0");
  }

  @Test
  void refusesUnknownKeysAtEveryLevelOfARuleNamingTheRuleAndEachKey() {
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        [{"match": {"partyID": "1"}, "outcome": {"staus": "FAILED", "reasn": "X",
          "httpFault": {"sttus": 503}, "callbackFault": {"dorp": true}}, "tims": 2}]""")))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageStartingWith(
            "rule \"rule 1\": unknown keys match.partyID, outcome.callbackFault.dorp, "
                + "outcome.httpFault.sttus, outcome.reasn, outcome.staus, tims");
  }

  @Test
  void refusesUnknownKeysInARuleFileAndItsAccountHolders() {
    assertThatThrownBy(() -> parser.parse("{\"rule\": []}"))
        .hasMessageContaining("unknown key rule");
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"accountHolders": [{"ids": ["1"], "actve": false}]}"""))
        .hasMessageContaining("unknown key actve");
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
        {"accountHolders": [{"ids": ["1"], "error": {"stauts": 404}}]}"""))
        .hasMessageContaining("error.stauts");
  }

  @Test
  void refusesAMatchOrOutcomeThatIsNotAnObject() {
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        {"name": "flat", "match": "256700000001", "outcome": {"status": "FAILED"}}""")))
        .hasMessageContaining("flat")
        .hasMessageContaining("match must be a JSON object");
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        {"name": "no outcome", "outcome": null}""")))
        .hasMessageContaining("no outcome")
        .hasMessageContaining("outcome");
    assertThatThrownBy(() -> parser.parseRules(json("[\"just text\"]")))
        .hasMessageContaining("JSON object");
  }

  @Test
  void readsBackTheRulesItWrites() {
    RuleBook book =
        new RuleBook(
            1,
            parser
                .parse(
                    """
        {"rules": [{"name": "everything", "times": 3,
          "match": {"products": ["collection"], "partyIdPrefix": "2567", "amountMin": "1.5", "amountMax": "9"},
          "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED", "delaySeconds": 2,
            "httpFault": {"delayMillis": 20}, "callbackFault": {"drop": true, "delaySeconds": 1}}}]}""")
                .rules());
    var written = RuleWriter.write(book.rules().get(0), book.rules().get(0).times());

    Rule read = parser.parseRules(written).get(0);

    assertThat(RuleWriter.write(read, 3)).isEqualTo(written);
  }

  @Test
  void refusesAnAmountRangeThatCouldNeverMatch() {
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        {"name": "empty", "match": {"amountMin": "100", "amountMax": "10"}, "outcome": {}}""")))
        .hasMessageContaining("empty")
        .hasMessageContaining("amountMin 100 is above amountMax 10");
    assertThat(
            parser.parseRules(
                json(
                    """
        {"match": {"amountMin": "10", "amountMax": "10.00"}, "outcome": {}}""")))
        .hasSize(1);
  }

  @Test
  void refusesAnAmountInExponentNotationOrTooLargeNamingTheField() {
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        {"name": "huge", "match": {"amountMax": "1e1000000"}, "outcome": {}}""")))
        .hasMessageContaining("huge")
        .hasMessageContaining("amountMax")
        .hasMessageContaining("no exponent");
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        {"name": "exact", "match": {"amount": 1e20}, "outcome": {}}""")))
        .hasMessageContaining("exact")
        .hasMessageContaining("amount must be");
  }

  @Test
  void refusesAnHttpFaultDelayThatIsNegativeOrNotWholeMilliseconds() {
    for (String delay : new String[] {"-1", "1.5", "\"soon\"", "1e30"}) {
      assertThatThrownBy(
              () ->
                  parser.parseRules(
                      json(
                          "{\"name\": \"late\", \"outcome\": {\"httpFault\": "
                              + "{\"delayMillis\": "
                              + delay
                              + "}}}")))
          .as(delay)
          .hasMessageContaining("late")
          .hasMessageContaining("httpFault.delayMillis");
    }
  }

  // The sandbox test numbers themselves are checked against MTN's documented table by
  // SandboxRuleFileTest.
  @Test
  void theSandboxDefaultsFailAnMsisdnThatIsNotAllDigitsAsPartyNotFound() {
    RuleBook book = new RuleBook(1, parser.sandboxDefaults().rules());
    int decides = book.matching(request(Operation.TRANSFER, "+256 70")).findFirst().orElseThrow();
    assertThat(book.rules().get(decides).outcome().reason()).isEqualTo("PAYEE_NOT_FOUND");
  }

  @Test
  void readsOneValueAsAListOfOneAndANumberAsAnId() {
    Rule rule =
        parser
            .parseRules(
                json(
                    """
        {"match": {"products": "collection", "partyIdTypes": "msisdn", "partyId": 46733123450},
         "outcome": {"status": "failed"}}"""))
            .get(0);

    assertThat(rule.match().products()).containsExactly(Product.COLLECTION);
    assertThat(rule.match().partyIdTypes()).containsExactly("MSISDN");
    assertThat(rule.match().partyId().matches("46733123450")).isTrue();
    assertThat(rule.outcome().reason()).isEqualTo("INTERNAL_PROCESSING_ERROR");
  }

  @Test
  void refusesAValueOfTheWrongTypeNamingTheRuleAndItsPath() {
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        {"name": "odd", "outcome": {"callbackFault": {"delaySeconds": true}}}""")))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessage(
            "rule \"odd\": outcome.callbackFault.delaySeconds must be a number of seconds >= 0"
                + " or a setting name, was true");
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json(
                        """
        {"name": "holes", "match": {"partyId": ["1", null]}, "outcome": {}}""")))
        .hasMessage("rule \"holes\": match.partyId[1] must be text, was null");
    assertThatThrownBy(
            () -> parser.parseRules(json("{\"name\": \"twice\", \"times\": 0, \"outcome\": {}}")))
        .hasMessage("rule \"twice\": times must be a positive integer");
    assertThatThrownBy(
            () ->
                parser.parseRules(
                    json("{\"name\": \"flaky\", \"outcome\": {\"httpFault\": {\"status\": 302}}}")))
        .hasMessage("rule \"flaky\": httpFault.status must be between 400 and 599, was 302");
  }

  @Test
  void readsAccountHolderAnswersWithTheirDefaults() {
    RuleSet set =
        parser.parse(
            """
        {"description": "d", "accountHolders": [
          {"ids": ["A@Example.com"], "active": false},
          {"ids": ["1"], "label": "broken", "error": {"code": "NOT_ALLOWED"}}]}""");

    assertThat(set.rules()).isEmpty();
    assertThat(set.accountHolders().get("a@example.com").active()).isFalse();
    AccountHolderAnswer error = set.accountHolders().get("1");
    assertThat(error.isError()).isTrue();
    assertThat(error.errorStatus()).isEqualTo(500);
    assertThat(error.errorCode()).isEqualTo("NOT_ALLOWED");
    assertThat(error.errorMessage()).isNotBlank();
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static PaymentRequest request(Operation operation, String partyId) {
    return new PaymentRequest(
        operation == Operation.TRANSFER ? Product.DISBURSEMENT : Product.COLLECTION,
        operation,
        "ref",
        "user",
        BigDecimal.ONE,
        "EUR",
        null,
        new Party("MSISDN", partyId),
        null,
        null,
        null);
  }

  private static PaymentRequest transfer(String partyId, String amount, String externalId) {
    return new PaymentRequest(
        Product.DISBURSEMENT,
        Operation.TRANSFER,
        "ref",
        "user",
        new BigDecimal(amount),
        "EUR",
        externalId,
        new Party("MSISDN", partyId),
        null,
        null,
        null);
  }
}
