package dev.momosim.client.exception;

/**
 * MoMo answered with a success status but a body this client cannot understand (not JSON, a missing
 * field, an unknown status). Not retried. Immutable and thread-safe.
 */
public class MomoProtocolException extends MomoException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be understood
   * @param referenceId the reference id concerned, or {@code null}
   * @param cause the parse failure, or {@code null}
   */
  public MomoProtocolException(String message, String referenceId, Throwable cause) {
    super(message, referenceId, cause);
  }
}
