package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.momosim.simulator.behaviour.RuleFormat.AccountHolderSpec;
import dev.momosim.simulator.behaviour.RuleFormat.FileSpec;
import dev.momosim.simulator.behaviour.RuleFormat.OutcomeSpec;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.binding.BindingException;
import dev.momosim.simulator.binding.StrictReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the {@link RuleFormat} records. Each rule is bound on its own, so a refusal names the rule
 * ({@code rule "big payments": ...}, or {@code rule 2} when it has no name) and then every unknown
 * key in it, by path, or the one field at fault.
 */
public final class RuleSpecReader {
  private static final StrictReader READER = StrictReader.lenient();
  private static final String KEYS_ARE_DOCUMENTED = " may hold only the keys in docs/rules.md)";

  private RuleSpecReader() {}

  /** A rule file: an object with {@code description}, {@code rules} and {@code accountHolders}. */
  public static FileSpec file(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidRuleException(
          "a rule file is a JSON object with \"rules\" and \"accountHolders\"");
    }
    return read(root, FileSpec.class, "a rule file");
  }

  /** A JSON array of rules, or one rule object (as the control API receives them). */
  public static List<RuleSpec> rules(JsonNode node) {
    List<RuleSpec> rules = new ArrayList<>();
    if (node == null || node.isMissingNode() || node.isNull()) {
      return rules;
    }
    if (node.isObject()) {
      rules.add(rule(node, 0));
      return rules;
    }
    if (!node.isArray()) {
      throw new InvalidRuleException("\"rules\" must be an array");
    }
    for (int i = 0; i < node.size(); i++) {
      rules.add(rule(node.get(i), i));
    }
    return rules;
  }

  /**
   * A rule's {@code outcome} on its own (as the {@code X-Momo-Sim-Scenario} header's JSON form).
   */
  public static OutcomeSpec outcome(JsonNode node) {
    return read(object(node, "an outcome"), OutcomeSpec.class, "an outcome");
  }

  /** The name a refusal calls a rule by: its own, or {@code rule N} (counting from 1). */
  static String nameOf(String name, int index) {
    return name != null ? name : "rule " + (index + 1);
  }

  private static RuleSpec rule(JsonNode node, int index) {
    JsonNode given = node.path("name");
    String name = nameOf(given.isValueNode() && !given.isNull() ? given.asText() : null, index);
    try {
      return read(object(node, "a rule"), RuleSpec.class, "a rule");
    } catch (InvalidRuleException e) {
      throw new InvalidRuleException("rule \"" + name + "\": " + e.getMessage());
    }
  }

  private static List<AccountHolderSpec> accountHolders(JsonNode node) {
    List<AccountHolderSpec> entries = new ArrayList<>();
    if (node == null || node.isMissingNode() || node.isNull()) {
      return entries;
    }
    if (!node.isArray()) {
      throw new InvalidRuleException("\"accountHolders\" must be an array");
    }
    for (JsonNode entry : node) {
      entries.add(
          read(
              object(entry, "an accountHolders entry"),
              AccountHolderSpec.class,
              "an accountHolders entry"));
    }
    return entries;
  }

  private static JsonNode object(JsonNode node, String what) {
    if (!node.isObject()) {
      throw new InvalidRuleException(what + " must be a JSON object, was: " + node);
    }
    return node;
  }

  private static <T> T read(JsonNode node, Class<T> type, String what) {
    try {
      return READER.read(node, type);
    } catch (BindingException e) {
      List<String> unknown = e.unknownKeys();
      throw new InvalidRuleException(
          unknown.isEmpty()
              ? e.getMessage()
              : "unknown key"
                  + (unknown.size() == 1 ? " " : "s ")
                  + String.join(", ", unknown)
                  + " ("
                  + what
                  + KEYS_ARE_DOCUMENTED);
    }
  }

  /** Binds a {@code rules} value rule by rule: {@code @JsonDeserialize(using = Rules.class)}. */
  public static final class Rules extends StdDeserializer<List<RuleSpec>> {
    private static final long serialVersionUID = 1L;

    public Rules() {
      super(List.class);
    }

    @Override
    public List<RuleSpec> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return rules(parser.readValueAs(JsonNode.class));
    }
  }

  /** Binds an {@code accountHolders} value entry by entry. */
  static final class AccountHolders extends StdDeserializer<List<AccountHolderSpec>> {
    private static final long serialVersionUID = 1L;

    AccountHolders() {
      super(List.class);
    }

    @Override
    public List<AccountHolderSpec> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return accountHolders(parser.readValueAs(JsonNode.class));
    }
  }
}
