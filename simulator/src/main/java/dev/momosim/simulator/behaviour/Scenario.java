package dev.momosim.simulator.behaviour;

/**
 * The outcome one creating request asks for with its {@value #HEADER} header (docs/scenarios.md),
 * and the header's value. It overrides the rules and the approval mode for that request only.
 *
 * @param value the header's value as sent, surrounding whitespace removed
 * @param outcome what the value asks for, checked as a rule's outcome is
 */
public record Scenario(String value, Outcome outcome) {
  /** The request header that carries a scenario. */
  public static final String HEADER = "X-Momo-Sim-Scenario";

  /** The plan for the request: this outcome, decided by the header (as its value says). */
  public Plan plan() {
    return new Plan(outcome, HEADER + ": " + value);
  }
}
