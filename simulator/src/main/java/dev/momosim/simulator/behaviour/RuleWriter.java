package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.momosim.simulator.behaviour.RuleFormat.CallbackFaultSpec;
import dev.momosim.simulator.behaviour.RuleFormat.DelaySpec;
import dev.momosim.simulator.behaviour.RuleFormat.HttpFaultSpec;
import dev.momosim.simulator.behaviour.RuleFormat.MatchSpec;
import dev.momosim.simulator.behaviour.RuleFormat.OutcomeSpec;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import java.time.Duration;
import java.util.List;

/**
 * Writes a rule back in the rule-file format ({@link RuleFormat}) that {@link RuleFileParser}
 * reads, for the control API: keys in the records' order, absent ones left out.
 */
public final class RuleWriter {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

  private RuleWriter() {}

  public static ObjectNode write(Rule rule, int remainingUses) {
    return MAPPER.valueToTree(spec(rule, remainingUses));
  }

  /** Rules as a JSON array in the rule-file format, absent keys left out. */
  public static String json(List<RuleSpec> rules) {
    try {
      return MAPPER.writeValueAsString(rules);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("rules always serialise", e);
    }
  }

  /** The rule as the format's records, with its remaining uses when it has a limit. */
  public static RuleSpec spec(Rule rule, int remainingUses) {
    return new RuleSpec(
        rule.name(),
        match(rule.match()),
        outcome(rule.outcome()),
        rule.times(),
        rule.times() != null ? remainingUses : null);
  }

  private static MatchSpec match(Match match) {
    PartyIdMatcher partyId = match.partyId();
    return new MatchSpec(
        presentOrNull(match.products().stream().sorted().map(Product::pathName).toList()),
        presentOrNull(match.operations().stream().sorted().map(Operation::pathName).toList()),
        presentOrNull(match.partyIdTypes().stream().sorted().toList()),
        partyId instanceof PartyIdMatcher.Exact exact
            ? exact.values().stream().sorted().toList()
            : null,
        partyId instanceof PartyIdMatcher.Prefix prefix ? prefix.prefix() : null,
        partyId instanceof PartyIdMatcher.Regex regex ? regex.pattern().pattern() : null,
        null,
        match.amountMin(),
        match.amountMax(),
        match.currency(),
        match.externalId());
  }

  private static OutcomeSpec outcome(Outcome outcome) {
    boolean manual = outcome.manual();
    return new OutcomeSpec(
        manual ? Boolean.TRUE : null,
        manual ? null : outcome.finalStatus().name(),
        manual ? null : outcome.reason(),
        outcome.initialStatus().name(),
        outcome.delay().isZero() ? null : seconds(outcome.delay()),
        httpFault(outcome.httpFault()),
        callbackFault(outcome.callbackFault()));
  }

  private static HttpFaultSpec httpFault(HttpFault fault) {
    if (fault == null) {
      return null;
    }
    boolean error = fault.answersWithError();
    return new HttpFaultSpec(
        error ? fault.status() : null,
        error ? fault.code() : null,
        error ? fault.message() : null,
        fault.responseDelay().isZero() ? null : fault.responseDelay().toMillis());
  }

  private static CallbackFaultSpec callbackFault(CallbackFault fault) {
    if (fault.equals(CallbackFault.NONE)) {
      return null;
    }
    return new CallbackFaultSpec(fault.drop(), fault.duplicate(), seconds(fault.delay()));
  }

  private static DelaySpec seconds(Duration duration) {
    return DelaySpec.ofSeconds(duration.toMillis() / 1000.0);
  }

  /** An empty condition is left out. */
  private static <T> List<T> presentOrNull(List<T> values) {
    return values.isEmpty() ? null : values;
  }
}
