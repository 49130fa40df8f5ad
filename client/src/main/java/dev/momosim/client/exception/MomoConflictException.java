package dev.momosim.client.exception;

/**
 * MoMo answered 409 RESOURCE_ALREADY_EXIST: the reference id was already used. The client confirms
 * a 409 that follows one of its own retried attempts with a status read, and reports success when
 * it is the same payment; this exception is what remains. Immutable and thread-safe.
 */
public class MomoConflictException extends MomoApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link MomoApiException#MomoApiException(int, String, String, String)}. */
  public MomoConflictException(int status, String rawCode, String apiMessage, String referenceId) {
    super(status, rawCode, apiMessage, referenceId);
  }
}
