package dev.momosim.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The command line's log format: {@code 2026-11-28T12:00:00.123 INFO message}, one line per record,
 * built with a StringBuilder. The JDK's SimpleFormatter finds each record's source by walking the
 * stack and formats with String.format, which costs more than answering a request.
 */
final class OneLineLogFormat extends Formatter {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  /** Uses this format for every handler of the root logger. */
  static void install() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setFormatter(new OneLineLogFormat());
    }
  }

  @Override
  public String format(LogRecord record) {
    StringBuilder line =
        new StringBuilder(128)
            .append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
            .append(' ')
            .append(record.getLevel().getName())
            .append(' ')
            .append(formatMessage(record));
    if (record.getThrown() != null) {
      line.append(' ').append(record.getThrown());
    }
    return line.append(System.lineSeparator()).toString();
  }
}
