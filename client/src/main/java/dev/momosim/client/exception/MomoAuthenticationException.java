package dev.momosim.client.exception;

/**
 * MoMo answered 401 or 403: a wrong or missing subscription key, a rejected token, a forbidden IP;
 * also the token endpoint's 500 {@code login_failed} (wrong API user or API key). Immutable and
 * thread-safe.
 */
public class MomoAuthenticationException extends MomoApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link MomoApiException#MomoApiException(int, String, String, String)}. */
  public MomoAuthenticationException(
      int status, String rawCode, String apiMessage, String referenceId) {
    super(status, rawCode, apiMessage, referenceId);
  }
}
