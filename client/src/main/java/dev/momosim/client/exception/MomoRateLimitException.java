package dev.momosim.client.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * MoMo answered 429 Too Many Requests (status reads are capped at 10 per second). Retried by the
 * client, honouring {@code Retry-After} up to the policy's maximum delay. Immutable and
 * thread-safe.
 */
public class MomoRateLimitException extends MomoApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** See {@link MomoApiException#MomoApiException(int, String, String, String)}. */
  public MomoRateLimitException(
      int status, String rawCode, String apiMessage, String referenceId, Duration retryAfter) {
    super(status, rawCode, apiMessage, referenceId);
    this.retryAfter = retryAfter;
  }

  /** The server's {@code Retry-After}, when it sent one in seconds. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
