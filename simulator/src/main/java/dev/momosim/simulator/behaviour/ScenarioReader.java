package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;

/**
 * Reads a {@value Scenario#HEADER} header's value (docs/scenarios.md): a rule {@code outcome} as a
 * JSON object, or the short form that {@link ScenarioShortForm} translates into one. Both go
 * through the rule parser's outcome reader, so a scenario is refused for exactly what a rule's
 * outcome would be, and for what only a header can get wrong (empty, too long, the forms mixed).
 * Thread-safe.
 */
public final class ScenarioReader {
  /** The longest value read, in characters. */
  public static final int MAX_LENGTH = 1024;

  /**
   * The longest a scenario may hold its answer back: any caller of the API can send the header, and
   * each held answer keeps a connection and a timer.
   */
  public static final Duration MAX_RESPONSE_DELAY = Duration.ofMinutes(10);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final RuleFileParser rules;

  /**
   * @param rules the parser whose outcome reader checks every scenario (and resolves named delays)
   */
  public ScenarioReader(RuleFileParser rules) {
    this.rules = rules;
  }

  /**
   * @throws InvalidRuleException saying what is wrong with the value (without naming the header)
   */
  public Scenario read(String value) {
    if (value.length() > MAX_LENGTH) {
      throw new InvalidRuleException(
          "the value has " + value.length() + " characters; at most " + MAX_LENGTH + " are read");
    }
    String given = value.strip();
    if (given.isEmpty()) {
      throw new InvalidRuleException(
          "the value is empty; give tokens such as FAILED:APPROVAL_REJECTED,DELAY:90"
              + " or an outcome object such as {\"status\":\"FAILED\"}");
    }
    boolean json = given.startsWith("{");
    if (!json && given.contains("{")) {
      throw new InvalidRuleException(
          "the value mixes tokens and JSON; give either tokens or one outcome object");
    }
    JsonNode outcome = json ? json(given) : ScenarioShortForm.outcome(given);
    Scenario scenario = new Scenario(given, rules.outcome(outcome));
    HttpFault fault = scenario.outcome().httpFault();
    if (fault != null && fault.responseDelay().compareTo(MAX_RESPONSE_DELAY) > 0) {
      throw new InvalidRuleException(
          "the answer may be held back at most "
              + MAX_RESPONSE_DELAY.toMillis()
              + " ms, not "
              + fault.responseDelay().toMillis());
    }
    return scenario;
  }

  private static JsonNode json(String given) {
    try {
      return JSON.readTree(given);
    } catch (JsonProcessingException e) {
      throw new InvalidRuleException(
          "the value starts with { but is not one JSON outcome object: "
              + e.getOriginalMessage()
              + " (tokens and JSON cannot be mixed)");
    }
  }
}
