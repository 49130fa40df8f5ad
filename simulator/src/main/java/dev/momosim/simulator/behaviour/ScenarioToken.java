package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tokens of the {@value Scenario#HEADER} header's short form, each as docs/scenarios.md writes
 * it, and the rule {@code outcome} keys it sets (a dotted path for a nested key). A placeholder in
 * angle brackets stands for the value the token carries; a key set to a placeholder takes that
 * value. A test holds the table of docs/scenarios.md to these constants.
 */
public enum ScenarioToken {
  SUCCESSFUL("SUCCESSFUL", "status", "SUCCESSFUL"),
  FAILED("FAILED", "status", "FAILED"),
  FAILED_BECAUSE("FAILED:<REASON>", "status", "FAILED", "reason", "<REASON>"),
  DELAY("DELAY:<seconds>", "delaySeconds", "<seconds>"),
  CREATED("CREATED", "initialStatus", "CREATED"),
  MANUAL("MANUAL", "manual", "true"),
  HTTP("HTTP:<status>", "httpFault.status", "<status>"),
  HTTP_WITH_CODE(
      "HTTP:<status>:<CODE>", "httpFault.status", "<status>", "httpFault.code", "<CODE>"),
  RESPONSE_DELAY_MS("RESPONSE_DELAY_MS:<ms>", "httpFault.delayMillis", "<ms>"),
  CALLBACK_DROP("CALLBACK:DROP", "callbackFault.drop", "true"),
  CALLBACK_DUPLICATE("CALLBACK:DUPLICATE", "callbackFault.duplicate", "true"),
  CALLBACK_DELAY("CALLBACK:DELAY:<seconds>", "callbackFault.delaySeconds", "<seconds>");

  private final String form;
  private final List<String> parts;
  private final Map<String, String> keys;

  ScenarioToken(String form, String... keysAndValues) {
    this.form = form;
    this.parts = List.of(form.split(":"));
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      keys.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    this.keys = Collections.unmodifiableMap(keys);
  }

  /** The token as docs/scenarios.md writes it, e.g. {@code FAILED:<REASON>}. */
  public String form() {
    return form;
  }

  /** The first word, e.g. {@code FAILED}. */
  String keyword() {
    return parts.get(0);
  }

  /** The outcome keys this token sets (dotted paths), each to a constant or a placeholder. */
  Map<String, String> keys() {
    return keys;
  }

  /** The outcome keys this token sets, with their values once the placeholders are filled in. */
  Map<String, JsonNode> outcomeKeys(Map<String, String> placeholders) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    keys.forEach((key, value) -> values.put(key, value(value, placeholders)));
    return values;
  }

  /**
   * The values of this form's placeholders in {@code token} (split at {@code :}), by placeholder;
   * null when the token is not of this form. A value's syntax is checked by {@link Placeholder}.
   */
  Map<String, String> placeholders(List<String> token) {
    if (token.size() != parts.size()) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (Placeholder.isOne(part)) {
        values.put(part, token.get(i).strip());
      } else if (!part.equalsIgnoreCase(token.get(i).strip())) {
        return null;
      }
    }
    return values;
  }

  /** The forms whose first word is {@code keyword} (any case). */
  static List<ScenarioToken> withKeyword(String keyword) {
    List<ScenarioToken> forms = new ArrayList<>();
    for (ScenarioToken token : values()) {
      if (token.keyword().equalsIgnoreCase(keyword.strip())) {
        forms.add(token);
      }
    }
    return forms;
  }

  /** Every form, for a refusal that lists them. */
  static String allForms() {
    return String.join(", ", Arrays.stream(values()).map(ScenarioToken::form).toList());
  }

  /** The JSON value a key is set to: a constant (a word, {@code true}) or a placeholder's. */
  private static JsonNode value(String constantOrPlaceholder, Map<String, String> placeholders) {
    if (Placeholder.isOne(constantOrPlaceholder)) {
      return Placeholder.of(constantOrPlaceholder).read(placeholders.get(constantOrPlaceholder));
    }
    return constantOrPlaceholder.equals("true")
        ? BooleanNode.TRUE
        : TextNode.valueOf(constantOrPlaceholder.toUpperCase(Locale.ROOT));
  }
}
