package dev.momosim.simulator.behaviour;

/** What happens to a payment no rule matches: it succeeds at once, or waits for a person. */
public enum ApprovalMode {
  AUTO,
  MANUAL
}
