package dev.momosim.client.exception;

/**
 * The consent token endpoint answered {@code authorization_pending} (the account holder has not
 * decided yet) or {@code slow_down} (asked too often: wait longer between requests), whatever the
 * HTTP status. Ask again after the consent request's interval, or use {@code awaitConsentToken}.
 * Not retried by the client. Immutable and thread-safe.
 */
public class ConsentPendingException extends MomoApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link MomoApiException#MomoApiException(int, String, String, String)}. */
  public ConsentPendingException(
      int status, String rawCode, String apiMessage, String referenceId) {
    super(status, rawCode, apiMessage, referenceId);
  }

  /** Whether MoMo asked to wait longer between requests ({@code slow_down}). */
  public boolean slowDown() {
    return "slow_down".equalsIgnoreCase(rawCode());
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
