package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.MomoException;

/** A control operation the simulator refused (with its HTTP status and code) or could not run. */
public class ControlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ControlException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** The simulator's own refusal, with its status, code and message, as a control refusal. */
  public static ControlException of(MomoException refusal) {
    return new ControlException(refusal.status(), refusal.code(), refusal.getMessage());
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
