package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.TransactionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads rule files (the format is in the README, "Behaviour rules"). A delay may name a setting
 * instead of a number of seconds, e.g. {@code "delaySeconds": "sandbox.ongoingExpirySeconds"}; the
 * settings resolver turns it into seconds. Errors name the rule and field at fault.
 */
public final class RuleFileParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DEFAULT_RULES = "/dev/momosim/simulator/behaviour/sandbox-rules.json";

  private final Function<String, Long> settings;

  /**
   * @param settings seconds for a named delay, or null if the name is unknown
   */
  public RuleFileParser(Function<String, Long> settings) {
    this.settings = settings;
  }

  /** The sandbox test-number table that ships with the simulator. */
  public RuleSet sandboxDefaults() {
    try (InputStream in = RuleFileParser.class.getResourceAsStream(DEFAULT_RULES)) {
      return parse(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the packaged sandbox rules", e);
    }
  }

  public RuleSet parse(String json) {
    try {
      return parse(MAPPER.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidRuleException("rule file is not valid JSON: " + e.getOriginalMessage());
    }
  }

  public RuleSet parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidRuleException(
          "a rule file is a JSON object with \"rules\" and \"accountHolders\"");
    }
    RuleKeys.checkFile(root);
    return new RuleSet(
        parseRules(root.path("rules")), parseAccountHolders(root.path("accountHolders")));
  }

  /** Parses a JSON array of rules, or a single rule object (as the control API receives them). */
  public List<Rule> parseRules(JsonNode node) {
    List<Rule> rules = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return rules;
    }
    if (node.isObject()) {
      rules.add(parseRule(node, 0));
      return rules;
    }
    if (!node.isArray()) {
      throw new InvalidRuleException("\"rules\" must be an array");
    }
    for (int i = 0; i < node.size(); i++) {
      rules.add(parseRule(node.get(i), i));
    }
    return rules;
  }

  private Rule parseRule(JsonNode node, int index) {
    String name = node.path("name").asText("rule " + (index + 1));
    try {
      RuleKeys.checkRule(node);
      Integer times = node.hasNonNull("times") ? positiveInt(node.get("times"), "times") : null;
      return new Rule(
          name, parseMatch(node.path("match")), parseOutcome(node.path("outcome")), times);
    } catch (InvalidRuleException e) {
      throw new InvalidRuleException("rule \"" + name + "\": " + e.getMessage());
    }
  }

  private Match parseMatch(JsonNode match) {
    if (match.isMissingNode() || match.isNull()) {
      return Match.ANYTHING;
    }
    BigDecimal min = decimalOrNull(match, "amountMin", "amount");
    BigDecimal max = decimalOrNull(match, "amountMax", "amount");
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new InvalidRuleException(
          "amountMin "
              + min.toPlainString()
              + " is above amountMax "
              + max.toPlainString()
              + ": the rule could never match");
    }
    return new Match(
        enumSet(match.path("products"), Product::fromPathName, "products"),
        enumSet(match.path("operations"), Operation::fromPathName, "operations"),
        upperCaseSet(match.path("partyIdTypes")),
        parsePartyId(match),
        min,
        max,
        textOrNull(match, "currency"),
        textOrNull(match, "externalId"));
  }

  private PartyIdMatcher parsePartyId(JsonNode match) {
    if (match.has("partyId")) {
      Set<String> values = new LinkedHashSet<>();
      JsonNode ids = match.get("partyId");
      if (ids.isArray()) {
        ids.forEach(id -> values.add(id.asText()));
      } else {
        values.add(ids.asText());
      }
      return new PartyIdMatcher.Exact(Set.copyOf(values));
    }
    if (match.has("partyIdPrefix")) {
      return new PartyIdMatcher.Prefix(match.get("partyIdPrefix").asText());
    }
    if (match.has("partyIdRegex")) {
      try {
        return new PartyIdMatcher.Regex(Pattern.compile(match.get("partyIdRegex").asText()));
      } catch (PatternSyntaxException e) {
        throw new InvalidRuleException(
            "partyIdRegex is not a valid regular expression: " + e.getDescription());
      }
    }
    return PartyIdMatcher.ANY;
  }

  private Outcome parseOutcome(JsonNode outcome) {
    if (outcome.isMissingNode() || outcome.isNull()) {
      throw new InvalidRuleException("\"outcome\" is required");
    }
    boolean manual = outcome.path("manual").asBoolean(false);
    TransactionStatus status =
        manual
            ? TransactionStatus.SUCCESSFUL
            : status(outcome.path("status").asText("SUCCESSFUL"), "status");
    if (!status.isFinal()) {
      throw new InvalidRuleException("outcome status must be SUCCESSFUL or FAILED, was " + status);
    }
    String reason = textOrNull(outcome, "reason");
    if (status == TransactionStatus.FAILED && reason == null) {
      reason = "INTERNAL_PROCESSING_ERROR";
    }
    TransactionStatus initial =
        status(outcome.path("initialStatus").asText("PENDING"), "initialStatus");
    if (initial.isFinal()) {
      throw new InvalidRuleException("initialStatus must be PENDING or CREATED, was " + initial);
    }
    return new Outcome(
        status,
        status == TransactionStatus.FAILED ? reason : null,
        seconds(outcome.path("delaySeconds"), "delaySeconds"),
        initial,
        manual,
        parseHttpFault(outcome.path("httpFault")),
        parseCallbackFault(outcome.path("callbackFault")));
  }

  private HttpFault parseHttpFault(JsonNode fault) {
    if (fault.isMissingNode() || fault.isNull()) {
      return null;
    }
    int status = fault.path("status").asInt(0);
    if (status != 0 && (status < 400 || status > 599)) {
      throw new InvalidRuleException("httpFault.status must be between 400 and 599, was " + status);
    }
    String code = fault.path("code").asText(status == 0 ? null : "INTERNAL_PROCESSING_ERROR");
    String message =
        fault
            .path("message")
            .asText(code == null ? null : dev.momosim.simulator.domain.ReasonMessages.of(code));
    return new HttpFault(
        status, code, message, Duration.ofMillis(delayMillis(fault.path("delayMillis"))));
  }

  private static long delayMillis(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return 0;
    }
    if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
      throw new InvalidRuleException(
          "httpFault.delayMillis must be a whole number of milliseconds >= 0, was: " + node);
    }
    return node.asLong();
  }

  private CallbackFault parseCallbackFault(JsonNode fault) {
    if (fault.isMissingNode() || fault.isNull()) {
      return CallbackFault.NONE;
    }
    return new CallbackFault(
        fault.path("drop").asBoolean(false),
        fault.path("duplicate").asBoolean(false),
        seconds(fault.path("delaySeconds"), "callbackFault.delaySeconds"));
  }

  private Map<String, AccountHolderAnswer> parseAccountHolders(JsonNode node) {
    Map<String, AccountHolderAnswer> answers = new HashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return answers;
    }
    if (!node.isArray()) {
      throw new InvalidRuleException("\"accountHolders\" must be an array");
    }
    for (JsonNode entry : node) {
      RuleKeys.checkAccountHolder(entry);
      AccountHolderAnswer answer = parseAnswer(entry);
      entry.path("ids").forEach(id -> answers.put(id.asText().toLowerCase(Locale.ROOT), answer));
    }
    return answers;
  }

  private AccountHolderAnswer parseAnswer(JsonNode entry) {
    JsonNode error = entry.path("error");
    if (error.isObject()) {
      String code = error.path("code").asText("INTERNAL_PROCESSING_ERROR");
      return new AccountHolderAnswer(
          false,
          error.path("status").asInt(500),
          code,
          error.path("message").asText(dev.momosim.simulator.domain.ReasonMessages.of(code)));
    }
    return new AccountHolderAnswer(entry.path("active").asBoolean(true), 0, null, null);
  }

  private Duration seconds(JsonNode node, String field) {
    if (node.isMissingNode() || node.isNull()) {
      return Duration.ZERO;
    }
    if (node.isTextual()) {
      Long named = settings.apply(node.asText());
      if (named == null) {
        throw new InvalidRuleException(field + " names an unknown setting: " + node.asText());
      }
      return Duration.ofSeconds(named);
    }
    if (!node.isNumber() || node.asDouble() < 0) {
      throw new InvalidRuleException(field + " must be a number of seconds >= 0 or a setting name");
    }
    return Duration.ofMillis(Math.round(node.asDouble() * 1000));
  }

  private static <E> Set<E> enumSet(
      JsonNode node, Function<String, java.util.Optional<E>> lookup, String field) {
    Set<E> values = new HashSet<>();
    for (JsonNode value : asArray(node)) {
      values.add(
          lookup
              .apply(value.asText())
              .orElseThrow(() -> new InvalidRuleException(field + ": unknown value " + value)));
    }
    return Set.copyOf(values);
  }

  private static Set<String> upperCaseSet(JsonNode node) {
    Set<String> values = new HashSet<>();
    asArray(node).forEach(value -> values.add(value.asText().toUpperCase(Locale.ROOT)));
    return Set.copyOf(values);
  }

  private static List<JsonNode> asArray(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(values::add);
    } else if (!node.isMissingNode() && !node.isNull()) {
      values.add(node);
    }
    return values;
  }

  private static BigDecimal decimalOrNull(JsonNode match, String field, String exactField) {
    JsonNode value = match.has(field) ? match.get(field) : match.get(exactField);
    if (value == null || value.isNull()) {
      return null;
    }
    try {
      return Amounts.parse(
          match.has(field) ? field : exactField,
          value.isNumber()
              ? value.numberValue()
              : value.isValueNode() ? value.asText() : value.toString());
    } catch (MomoException e) {
      throw new InvalidRuleException(e.getMessage());
    }
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static int positiveInt(JsonNode node, String field) {
    if (!node.canConvertToInt() || node.asInt() < 1) {
      throw new InvalidRuleException(field + " must be a positive integer");
    }
    return node.asInt();
  }

  private static TransactionStatus status(String text, String field) {
    try {
      return TransactionStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleException(field + ": unknown status " + text);
    }
  }
}
