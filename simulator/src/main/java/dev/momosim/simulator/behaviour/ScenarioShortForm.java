package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates the short form of the {@value Scenario#HEADER} header ({@code
 * FAILED:APPROVAL_REJECTED,DELAY:90}: {@link ScenarioToken}s separated by commas, keywords in any
 * case) into the rule {@code outcome} object it stands for, so that the outcome's own reader checks
 * it as it checks the JSON form. Refuses what is not a token, a value of the wrong syntax, and two
 * tokens setting one key.
 */
final class ScenarioShortForm {
  private ScenarioShortForm() {}

  static ObjectNode outcome(String value) {
    ObjectNode outcome = JsonNodeFactory.instance.objectNode();
    Map<String, String> setBy = new HashMap<>();
    for (String given : value.split(",", -1)) {
      String token = given.strip();
      if (token.isEmpty()) {
        throw new InvalidRuleException(
            "an empty token (tokens are separated by single commas, e.g. FAILED,DELAY:90)");
      }
      keysOf(token, List.of(token.split(":", -1)))
          .forEach((key, set) -> put(outcome, key, set, token, setBy));
    }
    return outcome;
  }

  /** The outcome keys {@code token} sets, with their values. */
  private static Map<String, JsonNode> keysOf(String token, List<String> parts) {
    List<ScenarioToken> forms = ScenarioToken.withKeyword(parts.get(0));
    if (forms.isEmpty()) {
      throw new InvalidRuleException(
          "unknown token \"" + token + "\"; the tokens are " + ScenarioToken.allForms());
    }
    for (ScenarioToken form : forms) {
      Map<String, String> placeholders = form.placeholders(parts);
      if (placeholders != null) {
        try {
          return form.outcomeKeys(placeholders);
        } catch (InvalidRuleException e) {
          throw new InvalidRuleException("\"" + token + "\": " + e.getMessage());
        }
      }
    }
    throw new InvalidRuleException(
        "\""
            + token
            + "\" is not one of "
            + String.join(", ", forms.stream().map(ScenarioToken::form).toList()));
  }

  /** Sets a key (a dotted path), refusing a second token that sets it too. */
  private static void put(
      ObjectNode outcome, String key, JsonNode value, String token, Map<String, String> setBy) {
    String earlier = setBy.putIfAbsent(key, token);
    if (earlier != null) {
      throw new InvalidRuleException(
          "\"" + earlier + "\" and \"" + token + "\" both set " + key + "; give one");
    }
    String[] path = key.split("\\.");
    ObjectNode parent = outcome;
    for (int i = 0; i < path.length - 1; i++) {
      parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
    }
    parent.set(path[path.length - 1], value);
  }
}
