package dev.momosim.client.exception;

/**
 * MoMo answered 404: the reference id (transaction or API user) is not known, or not visible yet
 * right after a 202. Immutable and thread-safe.
 */
public class MomoNotFoundException extends MomoApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link MomoApiException#MomoApiException(int, String, String, String)}. */
  public MomoNotFoundException(int status, String rawCode, String apiMessage, String referenceId) {
    super(status, rawCode, apiMessage, referenceId);
  }
}
