package dev.momosim.client.exception;

import dev.momosim.client.model.RetryPolicy;

/**
 * The root of every failure a client call reports (as the cause of a failed {@code Future}).
 * Unchecked. Messages never contain a token, an API key or a subscription key.
 *
 * <ul>
 *   <li>{@link MomoApiException} and its subclasses: MoMo answered with an error status;
 *   <li>{@link MomoTransportException}: no answer (connection failure, timeout);
 *   <li>{@link MomoProtocolException}: an answer that cannot be understood;
 *   <li>{@link TransactionFailedException}, {@link AwaitTimeoutException}: outcomes of the await
 *       helpers.
 * </ul>
 */
public abstract class MomoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String referenceId;

  protected MomoException(String message, String referenceId, Throwable cause) {
    super(message, cause);
    this.referenceId = referenceId;
  }

  /** The reference id of the transaction or API user concerned, or {@code null}. */
  public String referenceId() {
    return referenceId;
  }

  /**
   * Whether the same request may succeed if sent again (with the same reference id). The client
   * already retried such failures according to its {@link RetryPolicy}.
   */
  public boolean isRetryable() {
    return false;
  }
}
