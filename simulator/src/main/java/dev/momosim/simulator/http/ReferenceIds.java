package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.MomoException;
import java.util.regex.Pattern;

/** MTN's resource ids are UUID version 4 strings; anything else is a 400. */
final class ReferenceIds {
  private static final Pattern UUID_V4 = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  private ReferenceIds() {}

  /** The {@code X-Reference-Id} header of a creating call, checked. */
  static String fromHeader(String value) {
    if (value == null || value.isBlank()) {
      throw MomoException.badRequest("X-Reference-Id header is required and must be a UUID version 4.");
    }
    if (!UUID_V4.matcher(value).matches()) {
      throw MomoException.badRequest("X-Reference-Id must be a UUID version 4, was: " + value);
    }
    return value;
  }

  /** A reference id in a path, checked. */
  static String fromPath(String value) {
    if (value == null || !UUID_V4.matcher(value).matches()) {
      throw MomoException.badRequest("The reference id in the path must be a UUID version 4, was: " + value);
    }
    return value;
  }
}
