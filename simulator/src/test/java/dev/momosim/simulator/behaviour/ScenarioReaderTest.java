package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.TransactionStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderTest {
  private final ScenarioReader reader =
      new ScenarioReader(new RuleFileParser(Map.of("sandbox.ongoingExpirySeconds", 180L)::get));

  private Outcome outcome(String value) {
    return reader.read(value).outcome();
  }

  @Test
  void successfulAndFailedSetTheFinalStatusFailedWithItsDefaultReason() {
    assertThat(outcome("SUCCESSFUL")).isEqualTo(Outcome.SUCCEED_AT_ONCE);
    assertThat(outcome("FAILED").finalStatus()).isEqualTo(TransactionStatus.FAILED);
    assertThat(outcome("FAILED").reason()).isEqualTo("INTERNAL_PROCESSING_ERROR");
    assertThat(outcome("FAILED:APPROVAL_REJECTED").reason()).isEqualTo("APPROVAL_REJECTED");
  }

  @Test
  void delayCreatedAndManualShapeTheWayToTheOutcome() {
    assertThat(outcome("DELAY:90").delay()).isEqualTo(Duration.ofSeconds(90));
    assertThat(outcome("DELAY:1.5").delay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(outcome("CREATED").initialStatus()).isEqualTo(TransactionStatus.CREATED);
    assertThat(outcome("MANUAL")).isEqualTo(Outcome.MANUAL);
  }

  @Test
  void httpTokensInjectAFaultIntoTheCreatingCall() {
    HttpFault plain = outcome("HTTP:503").httpFault();
    assertThat(plain.status()).isEqualTo(503);
    assertThat(plain.code()).isEqualTo("INTERNAL_PROCESSING_ERROR");
    HttpFault coded = outcome("HTTP:409:RESOURCE_ALREADY_EXIST").httpFault();
    assertThat(coded.code()).isEqualTo("RESOURCE_ALREADY_EXIST");
    assertThat(coded.message()).isEqualTo("Duplicated reference id. Creation of resource failed.");
    HttpFault late = outcome("RESPONSE_DELAY_MS:250").httpFault();
    assertThat(late.answersWithError()).isFalse();
    assertThat(late.responseDelay()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void callbackTokensSetTheCallbackFault() {
    assertThat(outcome("CALLBACK:DROP").callbackFault())
        .isEqualTo(new CallbackFault(true, false, Duration.ZERO));
    assertThat(outcome("CALLBACK:DUPLICATE").callbackFault())
        .isEqualTo(new CallbackFault(false, true, Duration.ZERO));
    assertThat(outcome("CALLBACK:DELAY:60").callbackFault())
        .isEqualTo(new CallbackFault(false, false, Duration.ofSeconds(60)));
  }

  @Test
  void tokensCombineAndKeywordsReadInAnyCaseWithSpacesAroundTokens() {
    Outcome combined = outcome(" failed:APPROVAL_REJECTED , Delay:90,callback:duplicate ");
    assertThat(combined)
        .isEqualTo(
            new Outcome(
                TransactionStatus.FAILED,
                "APPROVAL_REJECTED",
                Duration.ofSeconds(90),
                TransactionStatus.PENDING,
                false,
                null,
                new CallbackFault(false, true, Duration.ZERO)));
  }

  @Test
  void theJsonFormIsARuleOutcomeAndReadsAsItsShortFormDoes() {
    assertThat(
            outcome("{\"status\":\"FAILED\",\"reason\":\"PAYER_NOT_FOUND\",\"delaySeconds\":30}"))
        .isEqualTo(outcome("FAILED:PAYER_NOT_FOUND,DELAY:30"));
    assertThat(outcome("{\"httpFault\":{\"status\":503,\"delayMillis\":20}}"))
        .isEqualTo(outcome("HTTP:503,RESPONSE_DELAY_MS:20"));
    assertThat(outcome("{\"delaySeconds\":\"sandbox.ongoingExpirySeconds\"}").delay())
        .as("a named delay resolves as in a rule")
        .isEqualTo(Duration.ofSeconds(180));
  }

  @Test
  void theScenarioIsDecidedByTheHeaderWithItsValue() {
    Scenario scenario = reader.read("  FAILED:EXPIRED ");
    assertThat(scenario.plan().decidedBy()).isEqualTo("X-Momo-Sim-Scenario: FAILED:EXPIRED");
    assertThat(scenario.plan().outcome()).isEqualTo(scenario.outcome());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          ''                                   | empty
          '   '                                | empty
          WAIT                                 | unknown token "WAIT"
          FAILED,,DELAY:9                      | empty token
          DELAY                                | "DELAY" is not one of DELAY:<seconds>
          DELAY:abc                            | <seconds> must be a number of seconds, was "abc"
          DELAY:1e3                            | <seconds> must be a number
          DELAY:-5                             | delaySeconds must be a number of seconds >= 0
          CALLBACK:DELAY:-1                    | callbackFault.delaySeconds must be a number of seconds >= 0
          CALLBACK:LATE                        | "CALLBACK:LATE" is not one of CALLBACK:DROP
          HTTP:200                             | httpFault.status must be between 400 and 599, was 200
          HTTP:600:X                           | httpFault.status must be between 400 and 599, was 600
          HTTP:0                               | httpFault.status must be between 400 and 599, was 0
          HTTP:five                            | <status> must be an HTTP status
          RESPONSE_DELAY_MS:-1                 | httpFault.delayMillis must be a whole number
          RESPONSE_DELAY_MS:600001             | held back at most 600000 ms, not 600001
          FAILED:                              | <REASON> must be a reason code
          FAILED:NO SUCH                       | <REASON> must be a reason code
          SUCCESSFUL,FAILED                    | "SUCCESSFUL" and "FAILED" both set status
          DELAY:1,DELAY:2                      | both set delaySeconds
          MANUAL,FAILED:APPROVAL_REJECTED      | manual contradicts status FAILED
          '{"manual":true,"reason":"EXPIRED"}' | manual contradicts reason EXPIRED
          '{"reason":"EXPIRED"}'               | reason EXPIRED needs status FAILED
          '{"status":"PENDING"}'               | outcome status must be SUCCESSFUL or FAILED
          '{"staus":"FAILED"}'                 | unknown key staus
          '{"delaySeconds":true}'              | delaySeconds must be a number of seconds
          '{"status":"FAILED"'                 | not one JSON outcome object
          '{"status":"FAILED"},DELAY:9'        | not one JSON outcome object
          '{"status":"FAILED","status":"X"}'   | Duplicate field 'status'
          'DELAY:9,{"status":"FAILED"}'        | mixes tokens and JSON
          '[1]'                                | unknown token "[1]"
          """)
  void refusesAValueThatCannotBeUsedSayingWhy(String value, String why) {
    assertThatThrownBy(() -> reader.read(value == null ? "" : value))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining(why);
  }

  @Test
  void refusesAValueLongerThanOneKibibyte() {
    String longest = "DELAY:1," + "CREATED,".repeat(200);
    assertThat(longest.length()).isGreaterThan(ScenarioReader.MAX_LENGTH);
    assertThatThrownBy(() -> reader.read(longest))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("at most 1024");
  }
}
