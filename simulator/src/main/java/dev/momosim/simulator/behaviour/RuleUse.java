package dev.momosim.simulator.behaviour;

/** What came of asking to use a limited rule once. */
public enum RuleUse {
  /** One use was taken: the rule decides. */
  TAKEN,
  /** The rule has no uses left: the next matching rule decides. */
  NONE_LEFT,
  /** The rules changed since they were read: read them again and decide anew. */
  RULES_CHANGED
}
