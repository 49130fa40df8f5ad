package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Pattern;

/**
 * The values a {@link ScenarioToken} carries, each checked for its syntax only: a sign is allowed
 * so that a negative number reaches the rule outcome's own check, which refuses it as it would in a
 * rule.
 */
enum Placeholder {
  SECONDS("<seconds>", "a number of seconds", "-?\\d{1,9}(\\.\\d{1,3})?", true),
  MILLIS("<ms>", "a whole number of milliseconds", "-?\\d{1,12}", true),
  STATUS("<status>", "an HTTP status", "-?\\d{1,9}", true),
  REASON("<REASON>", "a reason code (letters, digits, _)", "[A-Za-z][A-Za-z0-9_]*", false),
  CODE("<CODE>", "an error code (letters, digits, _)", "[A-Za-z][A-Za-z0-9_]*", false);

  private static final ObjectMapper NUMBERS = new ObjectMapper();

  private final String written;
  private final String meaning;
  private final Pattern syntax;
  private final boolean number;

  Placeholder(String written, String meaning, String syntax, boolean number) {
    this.written = written;
    this.meaning = meaning;
    this.syntax = Pattern.compile(syntax);
    this.number = number;
  }

  static boolean isOne(String part) {
    return part.startsWith("<") && part.endsWith(">");
  }

  static Placeholder of(String written) {
    for (Placeholder placeholder : values()) {
      if (placeholder.written.equals(written)) {
        return placeholder;
      }
    }
    throw new IllegalArgumentException("no placeholder " + written);
  }

  /** The value as JSON: a number as JSON reads it, else text as given. */
  JsonNode read(String text) {
    if (!syntax.matcher(text).matches()) {
      throw new InvalidRuleException(written + " must be " + meaning + ", was \"" + text + "\"");
    }
    if (!number) {
      return TextNode.valueOf(text);
    }
    try {
      return NUMBERS.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checked number did not read as JSON: " + text, e);
    }
  }
}
