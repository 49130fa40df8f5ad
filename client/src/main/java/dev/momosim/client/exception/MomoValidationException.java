package dev.momosim.client.exception;

/**
 * MoMo answered 400 Bad Request: the request was malformed or a field was refused (amount,
 * currency, reference id, message characters...). Immutable and thread-safe.
 */
public class MomoValidationException extends MomoApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link MomoApiException#MomoApiException(int, String, String, String)}. */
  public MomoValidationException(
      int status, String rawCode, String apiMessage, String referenceId) {
    super(status, rawCode, apiMessage, referenceId);
  }
}
