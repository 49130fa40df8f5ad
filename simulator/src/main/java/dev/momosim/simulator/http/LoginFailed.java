package dev.momosim.simulator.http;

/** Bad API user or key on {@code /token/}: MTN answers 500 {@code {"error":"login_failed"}}. */
public final class LoginFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LoginFailed(String why) {
    super(why, null, false, false);
  }
}
