package dev.momosim.simulator.acceptance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every line logged while it is open, as text (logger, message, parameters, exception): the
 * simulator's own loggers at every level, libraries at the level a user runs with. Tests read it to
 * check that no secret reaches a log line.
 */
final class CapturedLog implements AutoCloseable {
  private static final String OWN_LOGGERS = "dev.momosim";

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Level previousOwnLevel;
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(
              record.getLoggerName()
                  + " "
                  + record.getMessage()
                  + " "
                  + (record.getParameters() == null ? "" : List.of(record.getParameters()))
                  + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private CapturedLog() {
    Logger own = Logger.getLogger(OWN_LOGGERS);
    previousOwnLevel = own.getLevel();
    own.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(handler);
  }

  /** Starts capturing; close it to stop and restore the simulator's log level. */
  static CapturedLog start() {
    return new CapturedLog();
  }

  /** The lines logged so far (a live view). */
  List<String> lines() {
    return lines;
  }

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(handler);
    Logger.getLogger(OWN_LOGGERS).setLevel(previousOwnLevel);
  }
}
