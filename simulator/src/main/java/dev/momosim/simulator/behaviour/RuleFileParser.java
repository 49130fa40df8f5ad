package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.momosim.simulator.behaviour.RuleFormat.AccountHolderSpec;
import dev.momosim.simulator.behaviour.RuleFormat.CallbackFaultSpec;
import dev.momosim.simulator.behaviour.RuleFormat.DelaySpec;
import dev.momosim.simulator.behaviour.RuleFormat.ErrorSpec;
import dev.momosim.simulator.behaviour.RuleFormat.FileSpec;
import dev.momosim.simulator.behaviour.RuleFormat.HttpFaultSpec;
import dev.momosim.simulator.behaviour.RuleFormat.MatchSpec;
import dev.momosim.simulator.behaviour.RuleFormat.OutcomeSpec;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.ReasonMessages;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads rule files ({@link RuleFormat}; docs/rules.md) into {@link RuleSet}s. A delay may name a
 * setting instead of a number of seconds, e.g. {@code "delaySeconds":
 * "sandbox.ongoingExpirySeconds"}; the settings resolver turns it into seconds. Errors name the
 * rule and field at fault.
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
    FileSpec file = SandboxTable.FILE;
    return new RuleSet(rules(file.rules()), accountHolders(file.accountHolders()));
  }

  /**
   * The packaged table, read and checked once (the settings it names are resolved per parser). A
   * holder class, so that it is read only when first asked for.
   */
  private static final class SandboxTable {
    static final FileSpec FILE = read();

    private static FileSpec read() {
      try (InputStream in = RuleFileParser.class.getResourceAsStream(DEFAULT_RULES)) {
        return RuleSpecReader.file(MAPPER.readTree(in));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the packaged sandbox rules", e);
      }
    }
  }

  public RuleSet parse(String json) {
    try {
      return parse(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new InvalidRuleException("rule file is not valid JSON: " + e.getOriginalMessage());
    }
  }

  public RuleSet parse(JsonNode root) {
    FileSpec file = RuleSpecReader.file(root);
    return new RuleSet(rules(file.rules()), accountHolders(file.accountHolders()));
  }

  /** Parses a JSON array of rules, or a single rule object (as the control API receives them). */
  public List<Rule> parseRules(JsonNode node) {
    return rules(RuleSpecReader.rules(node));
  }

  /** Turns bound rules into rules, in order (e.g. the config's {@code rules}). */
  public List<Rule> rules(List<RuleSpec> specs) {
    List<Rule> rules = new ArrayList<>();
    if (specs != null) {
      for (int i = 0; i < specs.size(); i++) {
        rules.add(rule(specs.get(i), i));
      }
    }
    return rules;
  }

  private Rule rule(RuleSpec spec, int index) {
    String name = RuleSpecReader.nameOf(spec.name(), index);
    try {
      Integer times = spec.times();
      if (times != null && times < 1) {
        throw new InvalidRuleException("times must be a positive integer");
      }
      return new Rule(name, match(spec.match()), outcome(spec.outcome()), times);
    } catch (InvalidRuleException e) {
      throw new InvalidRuleException("rule \"" + name + "\": " + e.getMessage());
    }
  }

  private static Match match(MatchSpec match) {
    if (match == null) {
      return Match.ANYTHING;
    }
    BigDecimal min = match.amountMin() != null ? match.amountMin() : match.amount();
    BigDecimal max = match.amountMax() != null ? match.amountMax() : match.amount();
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new InvalidRuleException(
          "amountMin "
              + min.toPlainString()
              + " is above amountMax "
              + max.toPlainString()
              + ": the rule could never match");
    }
    return new Match(
        enumSet(match.products(), Product::fromPathName, "products"),
        enumSet(match.operations(), Operation::fromPathName, "operations"),
        upperCaseSet(match.partyIdTypes()),
        partyId(match),
        min,
        max,
        match.currency(),
        match.externalId());
  }

  private static PartyIdMatcher partyId(MatchSpec match) {
    if (match.partyId() != null) {
      return new PartyIdMatcher.Exact(Set.copyOf(new LinkedHashSet<>(match.partyId())));
    }
    if (match.partyIdPrefix() != null) {
      return new PartyIdMatcher.Prefix(match.partyIdPrefix());
    }
    if (match.partyIdRegex() != null) {
      try {
        return new PartyIdMatcher.Regex(Pattern.compile(match.partyIdRegex()));
      } catch (PatternSyntaxException e) {
        throw new InvalidRuleException(
            "partyIdRegex is not a valid regular expression: " + e.getDescription());
      }
    }
    return PartyIdMatcher.ANY;
  }

  /**
   * An {@code outcome} object on its own, checked as a rule's is (the {@code X-Momo-Sim-Scenario}
   * header's forms both come through here).
   */
  public Outcome outcome(JsonNode node) {
    return outcome(RuleSpecReader.outcome(node));
  }

  private Outcome outcome(OutcomeSpec outcome) {
    if (outcome == null) {
      throw new InvalidRuleException("\"outcome\" is required");
    }
    boolean manual = Boolean.TRUE.equals(outcome.manual());
    refuseContradictions(outcome, manual);
    TransactionStatus status =
        manual ? TransactionStatus.SUCCESSFUL : status(outcome.status(), "SUCCESSFUL", "status");
    if (!status.isFinal()) {
      throw new InvalidRuleException("outcome status must be SUCCESSFUL or FAILED, was " + status);
    }
    String reason = outcome.reason();
    if (status == TransactionStatus.FAILED && reason == null) {
      reason = "INTERNAL_PROCESSING_ERROR";
    }
    TransactionStatus initial = status(outcome.initialStatus(), "PENDING", "initialStatus");
    if (initial.isFinal()) {
      throw new InvalidRuleException("initialStatus must be PENDING or CREATED, was " + initial);
    }
    return new Outcome(
        status,
        status == TransactionStatus.FAILED ? reason : null,
        seconds(outcome.delaySeconds(), "delaySeconds"),
        initial,
        manual,
        httpFault(outcome.httpFault()),
        callbackFault(outcome.callbackFault()));
  }

  /**
   * A person decides a manual payment, so a FAILED status or a reason beside {@code manual} could
   * never apply; a reason applies only to a FAILED status. ({@link RuleWriter} writes neither.)
   */
  private static void refuseContradictions(OutcomeSpec outcome, boolean manual) {
    boolean failed = "FAILED".equalsIgnoreCase(outcome.status());
    if (manual && (failed || outcome.reason() != null)) {
      throw new InvalidRuleException(
          "manual contradicts "
              + (failed ? "status FAILED" : "reason " + outcome.reason())
              + ": a person decides a manual payment (approve or reject)");
    }
    if (!manual && outcome.reason() != null && !failed) {
      throw new InvalidRuleException(
          "reason "
              + outcome.reason()
              + " needs status FAILED, was "
              + (outcome.status() == null ? "absent (SUCCESSFUL)" : outcome.status()));
    }
  }

  private static HttpFault httpFault(HttpFaultSpec fault) {
    if (fault == null) {
      return null;
    }
    int status = fault.status() == null ? 0 : fault.status();
    if (fault.status() != null && (status < 400 || status > 599)) {
      throw new InvalidRuleException("httpFault.status must be between 400 and 599, was " + status);
    }
    String code =
        fault.code() != null ? fault.code() : status == 0 ? null : "INTERNAL_PROCESSING_ERROR";
    String message =
        fault.message() != null ? fault.message() : code == null ? null : ReasonMessages.of(code);
    long delayMillis = fault.delayMillis() == null ? 0 : fault.delayMillis();
    if (delayMillis < 0) {
      throw new InvalidRuleException(
          "httpFault.delayMillis must be a whole number of milliseconds >= 0, was: " + delayMillis);
    }
    return new HttpFault(status, code, message, Duration.ofMillis(delayMillis));
  }

  private CallbackFault callbackFault(CallbackFaultSpec fault) {
    if (fault == null) {
      return CallbackFault.NONE;
    }
    return new CallbackFault(
        Boolean.TRUE.equals(fault.drop()),
        Boolean.TRUE.equals(fault.duplicate()),
        seconds(fault.delaySeconds(), "callbackFault.delaySeconds"));
  }

  private static Map<String, AccountHolderAnswer> accountHolders(List<AccountHolderSpec> entries) {
    Map<String, AccountHolderAnswer> answers = new HashMap<>();
    if (entries != null) {
      for (AccountHolderSpec entry : entries) {
        AccountHolderAnswer answer = answer(entry);
        if (entry.ids() != null) {
          entry.ids().forEach(id -> answers.put(id.toLowerCase(Locale.ROOT), answer));
        }
      }
    }
    return answers;
  }

  private static AccountHolderAnswer answer(AccountHolderSpec entry) {
    ErrorSpec error = entry.error();
    if (error != null) {
      String code = error.code() != null ? error.code() : "INTERNAL_PROCESSING_ERROR";
      return new AccountHolderAnswer(
          false,
          error.status() != null ? error.status() : 500,
          code,
          error.message() != null ? error.message() : ReasonMessages.of(code));
    }
    return new AccountHolderAnswer(!Boolean.FALSE.equals(entry.active()), 0, null, null);
  }

  private Duration seconds(DelaySpec delay, String field) {
    if (delay == null) {
      return Duration.ZERO;
    }
    if (delay.setting() != null) {
      Long named = settings.apply(delay.setting());
      if (named == null) {
        throw new InvalidRuleException(field + " names an unknown setting: " + delay.setting());
      }
      return Duration.ofSeconds(named);
    }
    if (delay.seconds() == null || !(delay.seconds() >= 0)) {
      throw new InvalidRuleException(field + " must be a number of seconds >= 0 or a setting name");
    }
    return Duration.ofMillis(Math.round(delay.seconds() * 1000));
  }

  private static <E> Set<E> enumSet(
      List<String> names, Function<String, Optional<E>> lookup, String field) {
    Set<E> values = new HashSet<>();
    if (names != null) {
      for (String name : names) {
        values.add(
            lookup
                .apply(name)
                .orElseThrow(
                    () -> new InvalidRuleException(field + ": unknown value \"" + name + "\"")));
      }
    }
    return Set.copyOf(values);
  }

  private static Set<String> upperCaseSet(List<String> names) {
    Set<String> values = new HashSet<>();
    if (names != null) {
      names.forEach(name -> values.add(name.toUpperCase(Locale.ROOT)));
    }
    return Set.copyOf(values);
  }

  private static TransactionStatus status(String text, String absent, String field) {
    String given = text != null ? text : absent;
    try {
      return TransactionStatus.valueOf(given.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleException(field + ": unknown status " + given);
    }
  }
}
