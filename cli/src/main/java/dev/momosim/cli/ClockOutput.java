package dev.momosim.cli;

import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;

/** The clock as {@code GET /_sim/clock} answers it, or one line for people. */
final class ClockOutput {
  private ClockOutput() {}

  static void print(PrintWriter out, boolean json, String prefix, JsonObject clock) {
    if (json) {
      out.println(clock.encodePrettily());
    } else {
      out.println(
          prefix
              + clock.getString("now")
              + (clock.getBoolean("frozen", false) ? " (frozen)" : " (running)"));
    }
  }
}
