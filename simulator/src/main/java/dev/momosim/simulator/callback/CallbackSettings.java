package dev.momosim.simulator.callback;

import com.fasterxml.jackson.databind.JsonNode;
import dev.momosim.simulator.domain.CallbackMethod;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How callbacks are delivered: the {@code callbacks} section of the config file.
 *
 * <pre>{@code
 * "callbacks": {"method": "PUT|POST|BY_VERSION", "retries": 0, "retryIntervalSeconds": 1,
 *               "timeoutMillis": 2000, "journalCapacity": 1000}
 * }</pre>
 *
 * Every field is optional; missing ones take the defaults above (MTN's documented "sent once, no
 * retry" and its 2-second callback timeout).
 *
 * @param retries extra attempts after a non-2xx answer, an error or a timeout
 * @param retryInterval the real-time wait between attempts
 * @param timeout the limit on one attempt
 * @param journalCapacity how many deliveries the journal keeps
 */
public record CallbackSettings(
    CallbackMethod method,
    int retries,
    Duration retryInterval,
    Duration timeout,
    int journalCapacity) {

  /** How many deliveries the journal keeps unless configured otherwise. */
  public static final int DEFAULT_JOURNAL_CAPACITY = 1000;

  public static final CallbackSettings DEFAULTS =
      new CallbackSettings(
          CallbackMethod.PUT,
          0,
          Duration.ofSeconds(1),
          Duration.ofMillis(2000),
          DEFAULT_JOURNAL_CAPACITY);

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
  }

  /**
   * Reads the {@code callbacks} section ({@code SimulatorConfig.section("callbacks")}).
   *
   * @throws IllegalArgumentException naming the field that cannot be used
   */
  public static CallbackSettings from(JsonNode section) {
    if (section == null || section.isMissingNode() || section.isNull()) {
      return DEFAULTS;
    }
    if (!section.isObject()) {
      throw new IllegalArgumentException("callbacks must be an object, was " + section);
    }
    JsonNode method = section.path("method");
    if (!method.isMissingNode() && !method.isTextual()) {
      throw new IllegalArgumentException(
          "callbacks.method must be PUT, POST or BY_VERSION, was " + method);
    }
    return new CallbackSettings(
        method.isMissingNode() ? DEFAULTS.method() : CallbackMethod.parse(method.asText()),
        wholeNumber(section, "retries", DEFAULTS.retries()),
        Duration.ofMillis(seconds(section, "retryIntervalSeconds", DEFAULTS.retryInterval())),
        Duration.ofMillis(
            wholeNumber(section, "timeoutMillis", (int) DEFAULTS.timeout().toMillis())),
        wholeNumber(section, "journalCapacity", DEFAULTS.journalCapacity()));
  }

  private static int wholeNumber(JsonNode section, String field, int fallback) {
    JsonNode value = section.path(field);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "callbacks." + field + " must be a whole number, was " + value);
    }
    if (value.asInt() < 0) {
      throw new IllegalArgumentException(
          "callbacks." + field + " must not be negative, was " + value);
    }
    return value.asInt();
  }

  /** Seconds as milliseconds; fractions such as 0.5 are allowed. */
  private static long seconds(JsonNode section, String field, Duration fallback) {
    JsonNode value = section.path(field);
    if (value.isMissingNode()) {
      return fallback.toMillis();
    }
    if (!value.isNumber() || value.decimalValue().signum() < 0) {
      throw new IllegalArgumentException(
          "callbacks." + field + " must be a non-negative number, was " + value);
    }
    return value.decimalValue().multiply(BigDecimal.valueOf(1000)).longValue();
  }
}
