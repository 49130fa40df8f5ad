package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.MomoException;

/** MTN's resource ids are UUID version 4 strings; anything else is a 400. */
final class ReferenceIds {
  private ReferenceIds() {}

  /** The {@code X-Reference-Id} header of a creating call, checked. */
  static String fromHeader(String value) {
    if (value == null || value.isBlank()) {
      throw MomoException.badRequest(
          "X-Reference-Id header is required and must be a UUID version 4.");
    }
    if (!isUuidV4(value)) {
      throw MomoException.badRequest("X-Reference-Id must be a UUID version 4, was: " + value);
    }
    return value;
  }

  /** A reference id in a path, checked. */
  static String fromPath(String value) {
    if (value == null || !isUuidV4(value)) {
      throw MomoException.badRequest(
          "The reference id in the path must be a UUID version 4, was: " + value);
    }
    return value;
  }

  /**
   * {@code xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx}, hex in either case; checked on every
   * request.
   */
  static boolean isUuidV4(String value) {
    if (value.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = value.charAt(i);
      boolean ok =
          switch (i) {
            case 8, 13, 18, 23 -> c == '-';
            case 14 -> c == '4';
            case 19 -> c == '8' || c == '9' || c == 'a' || c == 'b' || c == 'A' || c == 'B';
            default -> Character.digit(c, 16) >= 0 && c < 128;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
