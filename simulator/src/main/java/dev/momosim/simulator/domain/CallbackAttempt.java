package dev.momosim.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One try at sending a callback.
 *
 * @param at when it started, on the simulator clock
 * @param statusCode the receiver's HTTP status, or null when there was no answer
 * @param error why there was no answer (connection refused, timeout, ...), else null
 * @param durationMillis real time from sending to the answer or the error
 */
public record CallbackAttempt(Instant at, Integer statusCode, String error, long durationMillis) {
  public CallbackAttempt {
    Objects.requireNonNull(at, "at");
  }

  /** Whether the receiver accepted the callback (any 2xx). */
  public boolean delivered() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
