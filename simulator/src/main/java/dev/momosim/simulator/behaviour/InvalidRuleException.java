package dev.momosim.simulator.behaviour;

/** A rule file or rule that cannot be used; the message names the rule and the field. */
public class InvalidRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidRuleException(String message) {
    super(message);
  }
}
