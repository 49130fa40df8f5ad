package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.momosim.simulator.domain.CallbackFault;
import java.time.Duration;
import java.util.Comparator;

/**
 * Writes a rule back in the rule-file format that {@link RuleFileParser} reads, for the control
 * API.
 */
public final class RuleWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RuleWriter() {}

  public static ObjectNode write(Rule rule, int remainingUses) {
    ObjectNode node = NODES.objectNode();
    node.put("name", rule.name());
    node.set("match", match(rule.match()));
    node.set("outcome", outcome(rule.outcome()));
    if (rule.times() != null) {
      node.put("times", rule.times());
      node.put("remainingUses", remainingUses);
    }
    return node;
  }

  private static ObjectNode match(Match match) {
    ObjectNode node = NODES.objectNode();
    if (!match.products().isEmpty()) {
      var products = node.putArray("products");
      match.products().stream().sorted().forEach(product -> products.add(product.pathName()));
    }
    if (!match.operations().isEmpty()) {
      var operations = node.putArray("operations");
      match.operations().stream()
          .sorted()
          .forEach(operation -> operations.add(operation.pathName()));
    }
    if (!match.partyIdTypes().isEmpty()) {
      var types = node.putArray("partyIdTypes");
      match.partyIdTypes().stream().sorted().forEach(types::add);
    }
    PartyIdMatcher partyId = match.partyId();
    if (partyId instanceof PartyIdMatcher.Exact exact) {
      var ids = node.putArray("partyId");
      exact.values().stream().sorted(Comparator.naturalOrder()).forEach(ids::add);
    } else if (partyId instanceof PartyIdMatcher.Prefix prefix) {
      node.put("partyIdPrefix", prefix.prefix());
    } else if (partyId instanceof PartyIdMatcher.Regex regex) {
      node.put("partyIdRegex", regex.pattern().pattern());
    }
    if (match.amountMin() != null) {
      node.put("amountMin", match.amountMin().toPlainString());
    }
    if (match.amountMax() != null) {
      node.put("amountMax", match.amountMax().toPlainString());
    }
    if (match.currency() != null) {
      node.put("currency", match.currency());
    }
    if (match.externalId() != null) {
      node.put("externalId", match.externalId());
    }
    return node;
  }

  private static ObjectNode outcome(Outcome outcome) {
    ObjectNode node = NODES.objectNode();
    if (outcome.manual()) {
      node.put("manual", true);
    } else {
      node.put("status", outcome.finalStatus().name());
      if (outcome.reason() != null) {
        node.put("reason", outcome.reason());
      }
    }
    node.put("initialStatus", outcome.initialStatus().name());
    if (!outcome.delay().isZero()) {
      node.put("delaySeconds", seconds(outcome.delay()));
    }
    HttpFault fault = outcome.httpFault();
    if (fault != null) {
      ObjectNode faultNode = node.putObject("httpFault");
      if (fault.answersWithError()) {
        faultNode
            .put("status", fault.status())
            .put("code", fault.code())
            .put("message", fault.message());
      }
      if (!fault.responseDelay().isZero()) {
        faultNode.put("delayMillis", fault.responseDelay().toMillis());
      }
    }
    CallbackFault callback = outcome.callbackFault();
    if (!callback.equals(CallbackFault.NONE)) {
      node.putObject("callbackFault")
          .put("drop", callback.drop())
          .put("duplicate", callback.duplicate())
          .put("delaySeconds", seconds(callback.delay()));
    }
    return node;
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
