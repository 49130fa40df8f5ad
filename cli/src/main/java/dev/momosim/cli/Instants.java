package dev.momosim.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Instants in tables: to the second, so columns stay narrow. */
final class Instants {
  private Instants() {}

  static String seconds(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return Instant.parse(iso).truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
