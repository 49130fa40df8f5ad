package dev.momosim.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as a person types it: {@code 90} (seconds), {@code 90s}, {@code 5m}, {@code 1h},
 * {@code 1h30m}, {@code 250ms}, {@code 2d}, or ISO-8601 such as {@code PT5M}. Never negative.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final Pattern PARTS = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");

  @Override
  public Duration convert(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Duration duration;
    try {
      duration = parse(text);
    } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
      duration = null;
    }
    if (duration == null) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: use e.g. 90, 90s, 5m, 1h or PT5M");
    }
    if (duration.isNegative()) {
      throw new TypeConversionException(
          "'" + value + "' is negative: the clock only moves forward here");
    }
    return duration;
  }

  private static Duration parse(String text) {
    if (text.startsWith("p") || text.startsWith("-p")) {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    }
    if (text.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    if (!PARTS.matcher(text).matches()) {
      return null;
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(text);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total =
          total.plus(
              switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
              });
    }
    return total;
  }
}
