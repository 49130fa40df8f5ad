package dev.momosim.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One try at sending a callback.
 *
 * @param at when it started, on the simulator clock
 * @param statusCode the receiver's HTTP status, or null when there was no answer
 * @param error why there was no answer (connection refused, timeout, queue full, simulator
 *     stopping, ...), else null
 * @param durationMillis real time from sending to the answer or the error
 * @param sent false when the try never reached the network (the outbound queue was full, or the
 *     simulator stopped before sending it)
 */
public record CallbackAttempt(
    Instant at, Integer statusCode, String error, long durationMillis, boolean sent) {
  public CallbackAttempt {
    Objects.requireNonNull(at, "at");
  }

  /** A try that was sent. */
  public CallbackAttempt(Instant at, Integer statusCode, String error, long durationMillis) {
    this(at, statusCode, error, durationMillis, true);
  }

  /** A try that was never sent, for {@code reason}. */
  public static CallbackAttempt notSent(Instant at, String reason) {
    return new CallbackAttempt(at, null, Objects.requireNonNull(reason, "reason"), 0, false);
  }

  /** Whether the receiver accepted the callback (any 2xx). */
  public boolean delivered() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
