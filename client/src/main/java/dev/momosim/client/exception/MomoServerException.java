package dev.momosim.client.exception;

/**
 * MoMo answered 5xx: see {@link #isRetryable()} for which ones the client retried. Immutable and
 * thread-safe.
 */
public class MomoServerException extends MomoApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link MomoApiException#MomoApiException(int, String, String, String)}. */
  public MomoServerException(int status, String rawCode, String apiMessage, String referenceId) {
    super(status, rawCode, apiMessage, referenceId);
  }
}
