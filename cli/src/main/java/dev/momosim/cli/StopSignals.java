package dev.momosim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and Ctrl-C (SIGINT) taken as a request to stop. By default the JVM answers them by
 * running its shutdown hooks while everything else is still running (the logging framework's hook
 * closes the log under the feet of a graceful stop) and then exits 143 or 130 whatever the command
 * decides. Taken over, a signal only asks the command to stop; it stops gracefully, returns its own
 * exit code, and the JVM exits normally. A signal that cannot be taken over (ignored by the parent
 * process, or reserved with {@code -Xrs}) keeps the JVM's default, which a shutdown hook covers.
 */
final class StopSignals {
  private static final List<String> NAMES = List.of("TERM", "INT");

  private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

  private StopSignals() {}

  /** Runs {@code stop} (on the JVM's signal thread) for each SIGTERM or SIGINT until restored. */
  static StopSignals install(Runnable stop) {
    StopSignals installed = new StopSignals();
    for (String name : NAMES) {
      Signal signal = new Signal(name);
      try {
        installed.previous.put(signal, Signal.handle(signal, received -> stop.run()));
      } catch (IllegalArgumentException e) {
        // ignored or reserved: the JVM's default and the shutdown hook remain
      }
    }
    return installed;
  }

  /** Puts back what handled the signals before (the JVM's default, in a real run). */
  void restore() {
    previous.forEach(Signal::handle);
  }
}
