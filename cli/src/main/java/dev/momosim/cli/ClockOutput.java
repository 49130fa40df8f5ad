package dev.momosim.cli;

import dev.momosim.simulator.control.ClockView;
import java.io.PrintWriter;

/** The clock as {@code GET /_sim/clock} answers it, or one line for people. */
final class ClockOutput {
  private ClockOutput() {}

  static void print(PrintWriter out, boolean json, String prefix, ClockView clock) {
    if (json) {
      out.println(clock.toJson().encodePrettily());
    } else {
      out.println(prefix + clock.now() + (clock.frozen() ? " (frozen)" : " (running)"));
    }
  }
}
