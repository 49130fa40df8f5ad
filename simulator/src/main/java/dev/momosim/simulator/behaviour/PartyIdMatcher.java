package dev.momosim.simulator.behaviour;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a rule matches a party id: any, one of several exact values, a prefix, or a regular
 * expression.
 */
public sealed interface PartyIdMatcher {
  boolean matches(String partyId);

  /** A short description for the control API and the dashboard. */
  String describe();

  PartyIdMatcher ANY = new Any();

  record Any() implements PartyIdMatcher {
    @Override
    public boolean matches(String partyId) {
      return true;
    }

    @Override
    public String describe() {
      return "any";
    }
  }

  record Exact(Set<String> values) implements PartyIdMatcher {
    @Override
    public boolean matches(String partyId) {
      return values.contains(partyId);
    }

    @Override
    public String describe() {
      return "one of " + values;
    }
  }

  record Prefix(String prefix) implements PartyIdMatcher {
    @Override
    public boolean matches(String partyId) {
      return partyId.startsWith(prefix);
    }

    @Override
    public String describe() {
      return "starts with " + prefix;
    }
  }

  /** Compiled once when the rule is loaded, never per request. */
  record Regex(Pattern pattern) implements PartyIdMatcher {
    @Override
    public boolean matches(String partyId) {
      return pattern.matcher(partyId).matches();
    }

    @Override
    public String describe() {
      return "matches /" + pattern.pattern() + "/";
    }
  }
}
