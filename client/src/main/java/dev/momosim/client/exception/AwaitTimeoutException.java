package dev.momosim.client.exception;

import dev.momosim.client.model.Transaction;
import java.time.Duration;
import java.util.Optional;

/**
 * Reported by the await helpers when a transaction was not final within the timeout. The
 * transaction may still complete later: poll again or wait for the callback. Immutable and
 * thread-safe.
 */
public class AwaitTimeoutException extends MomoException {

  private static final long serialVersionUID = 1L;

  private final transient Transaction lastSeen;

  /**
   * @param referenceId the reference id awaited
   * @param timeout how long the client waited
   * @param lastSeen the last status read, or {@code null} when none succeeded
   * @param lastError the last error while polling, or {@code null}
   */
  public AwaitTimeoutException(
      String referenceId, Duration timeout, Transaction lastSeen, Throwable lastError) {
    super(
        "transaction "
            + referenceId
            + " was not final after "
            + timeout
            + (lastSeen == null ? "" : "; last status " + lastSeen.status()),
        referenceId,
        lastError);
    this.lastSeen = lastSeen;
  }

  /**
   * A wait for something other than a transaction (a consent) that did not end in time.
   *
   * @param description what was awaited, e.g. {@code consent auth_req_id 42}
   * @param timeout how long the client waited
   * @param lastError the last answer or error while polling, or {@code null}
   */
  public AwaitTimeoutException(String description, Duration timeout, Throwable lastError) {
    super(description + " was not given after " + timeout, null, lastError);
    this.lastSeen = null;
  }

  /** The last status read. */
  public Optional<Transaction> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }
}
