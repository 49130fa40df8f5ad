package dev.momosim.simulator.control;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The simulator clock as the control API shows it ({@code GET /_sim/clock}).
 *
 * @param now the instant it shows
 * @param frozen whether it stands still
 */
public record ClockView(Instant now, boolean frozen) {
  public ClockView {
    Objects.requireNonNull(now, "now");
  }

  public JsonObject toJson() {
    return new JsonObject().put("now", now.toString()).put("frozen", frozen);
  }

  /**
   * @throws ControlException when the answer has no ISO-8601 {@code now}
   */
  public static ClockView fromJson(JsonObject json) {
    try {
      return new ClockView(Instant.parse(json.getString("now")), json.getBoolean("frozen", false));
    } catch (DateTimeParseException | NullPointerException | ClassCastException e) {
      throw new ControlException(
          200, "INVALID_RESPONSE", "The clock answer has no ISO-8601 \"now\": " + json);
    }
  }
}
