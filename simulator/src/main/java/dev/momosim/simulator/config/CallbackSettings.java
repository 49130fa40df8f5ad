package dev.momosim.simulator.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.momosim.simulator.domain.CallbackMethod;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How callbacks are delivered: the {@code callbacks} section of the configuration, bound from
 *
 * <pre>{@code
 * "callbacks": {"method": "PUT|POST|BY_VERSION", "retries": 0, "retryIntervalSeconds": 1,
 *               "timeoutMillis": 2000, "journalCapacity": 1000, "queueCapacity": 10000,
 *               "connections": 32}
 * }</pre>
 *
 * (the packaged defaults: MTN's documented "sent once, no retry" and its 2-second callback
 * timeout). A value that cannot be used is refused at construction, naming its key.
 *
 * @param retries extra attempts after a non-2xx answer, an error or a timeout
 * @param retryInterval the real-time wait between attempts
 * @param timeout the limit on one attempt, counted from when it is sent (not while it waits)
 * @param journalCapacity how many deliveries the journal keeps
 * @param queueCapacity how many attempts may wait for a free connection; beyond, an attempt is
 *     journalled as not sent
 * @param connections how many attempts may be in flight at once, over all receivers together
 */
public record CallbackSettings(
    CallbackMethod method,
    int retries,
    Duration retryInterval,
    Duration timeout,
    int journalCapacity,
    int queueCapacity,
    int connections) {
  public CallbackSettings {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(retryInterval, "retryInterval");
    Objects.requireNonNull(timeout, "timeout");
    if (retries < 0) {
      throw new IllegalArgumentException("callbacks.retries must not be negative, was " + retries);
    }
    if (retryInterval.isNegative()) {
      throw new IllegalArgumentException("callbacks.retryIntervalSeconds must not be negative");
    }
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("callbacks.timeoutMillis must be positive");
    }
    if (journalCapacity < 1) {
      throw new IllegalArgumentException("callbacks.journalCapacity must be at least 1");
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException(
          "callbacks.queueCapacity must be at least 1, was " + queueCapacity);
    }
    if (connections < 1) {
      throw new IllegalArgumentException(
          "callbacks.connections must be at least 1, was " + connections);
    }
  }

  /**
   * Binds the {@code callbacks} keys: the method in any case ({@code by-version} too), the retry
   * interval in seconds (fractions allowed), the timeout in milliseconds.
   *
   * @throws IllegalArgumentException naming the key that cannot be used
   */
  @JsonCreator
  static CallbackSettings fromConfig(
      @JsonProperty("method") String method,
      @JsonProperty("retries") int retries,
      @JsonProperty("retryIntervalSeconds") double retryIntervalSeconds,
      @JsonProperty("timeoutMillis") int timeoutMillis,
      @JsonProperty("journalCapacity") int journalCapacity,
      @JsonProperty("queueCapacity") int queueCapacity,
      @JsonProperty("connections") int connections) {
    if (method == null) {
      throw new IllegalArgumentException("callbacks.method must be set, was null");
    }
    if (!Double.isFinite(retryIntervalSeconds) || retryIntervalSeconds < 0) {
      throw new IllegalArgumentException(
          "callbacks.retryIntervalSeconds must be a non-negative number, was "
              + retryIntervalSeconds);
    }
    return new CallbackSettings(
        CallbackMethod.parse(method),
        retries,
        Duration.ofMillis(
            BigDecimal.valueOf(retryIntervalSeconds)
                .multiply(BigDecimal.valueOf(1000))
                .longValue()),
        Duration.ofMillis(timeoutMillis),
        journalCapacity,
        queueCapacity,
        connections);
  }
}
