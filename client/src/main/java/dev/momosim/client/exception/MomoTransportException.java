package dev.momosim.client.exception;

/**
 * No usable answer: the connection failed, was closed, or timed out. The request may or may not
 * have reached MoMo, which is why creating calls are retried with the same reference id. Always
 * retryable. Immutable and thread-safe.
 */
public class MomoTransportException extends MomoException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was attempted and what went wrong (no secrets)
   * @param referenceId the reference id concerned, or {@code null}
   * @param cause the underlying I/O failure
   */
  public MomoTransportException(String message, String referenceId, Throwable cause) {
    super(message, referenceId, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
