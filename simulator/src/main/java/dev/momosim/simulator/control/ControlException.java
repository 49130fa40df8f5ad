package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.MomoException;

/**
 * A control operation the simulator refused (with its HTTP status and code) or could not run
 * (status 0, code {@code UNREACHABLE}, from {@link HttpSimulatorControl}). One family with the MoMo
 * API's refusals: it is a {@link MomoException}, rendered by the same failure handler.
 */
public class ControlException extends MomoException {
  private static final long serialVersionUID = 1L;

  public ControlException(int status, String code, String message) {
    super(status, code, message);
  }

  /** The simulator's own refusal, with its status, code and message, as a control refusal. */
  public static ControlException of(MomoException refusal) {
    return refusal instanceof ControlException control
        ? control
        : new ControlException(refusal.status(), refusal.code(), refusal.getMessage());
  }
}
