package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a rule file may use, level by level (the README's "Behaviour rules" tables). A key the
 * parser would skip is refused instead: a misspelled {@code "staus"} would otherwise leave a rule
 * that matches everything and succeeds.
 */
final class RuleKeys {
  private static final Set<String> FILE = Set.of("description", "rules", "accountHolders");

  /** {@code remainingUses} is what {@code GET /_sim/rules} shows; it is read back and ignored. */
  private static final Set<String> RULE =
      Set.of("name", "match", "outcome", "times", "remainingUses");

  private static final Set<String> ACCOUNT_HOLDER = Set.of("ids", "label", "active", "error");

  /** Where an object may sit inside a rule or an account holder entry, and the keys it may hold. */
  private static final Map<String, Set<String>> PARTS =
      Map.of(
          "match",
              Set.of(
                  "products",
                  "operations",
                  "partyIdTypes",
                  "partyId",
                  "partyIdPrefix",
                  "partyIdRegex",
                  "amount",
                  "amountMin",
                  "amountMax",
                  "currency",
                  "externalId"),
          "outcome",
              Set.of(
                  "status",
                  "reason",
                  "delaySeconds",
                  "initialStatus",
                  "manual",
                  "httpFault",
                  "callbackFault"),
          "outcome.httpFault", Set.of("status", "code", "message", "delayMillis"),
          "outcome.callbackFault", Set.of("drop", "duplicate", "delaySeconds"),
          "error", Set.of("status", "code", "message"));

  private RuleKeys() {}

  /** Refuses a rule file with a top-level key the format does not know. */
  static void checkFile(JsonNode root) {
    refuse(unknown(root, "", FILE), "a rule file");
  }

  /**
   * Refuses a rule that is not an object or has a key the format does not know, naming every such
   * key.
   */
  static void checkRule(JsonNode rule) {
    List<String> unknown = unknown(object(rule, "a rule"), "", RULE);
    for (String part : List.of("match", "outcome", "outcome.httpFault", "outcome.callbackFault")) {
      unknown.addAll(unknown(rule.at("/" + part.replace('.', '/')), part + ".", PARTS.get(part)));
    }
    refuse(unknown, "a rule");
  }

  /** Refuses an {@code accountHolders} entry with a key the format does not know. */
  static void checkAccountHolder(JsonNode entry) {
    List<String> unknown = unknown(object(entry, "an accountHolders entry"), "", ACCOUNT_HOLDER);
    unknown.addAll(unknown(entry.path("error"), "error.", PARTS.get("error")));
    refuse(unknown, "an accountHolders entry");
  }

  private static JsonNode object(JsonNode node, String what) {
    if (!node.isObject()) {
      throw new InvalidRuleException(what + " must be a JSON object, was: " + node);
    }
    return node;
  }

  /**
   * The keys of {@code node} not in {@code known}, each with the prefix; none when the part is
   * absent.
   */
  private static List<String> unknown(JsonNode node, String prefix, Set<String> known) {
    List<String> unknown = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return unknown;
    }
    if (!node.isObject()) {
      throw new InvalidRuleException(
          (prefix.isEmpty() ? "the value" : prefix.substring(0, prefix.length() - 1))
              + " must be a JSON object, was: "
              + node);
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                unknown.add(prefix + key);
              }
            });
    return unknown;
  }

  private static void refuse(List<String> unknown, String where) {
    if (!unknown.isEmpty()) {
      unknown.sort(null);
      throw new InvalidRuleException(
          "unknown key"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown)
              + " ("
              + where
              + " may hold only the keys in the README, \"Behaviour rules\")");
    }
  }
}
