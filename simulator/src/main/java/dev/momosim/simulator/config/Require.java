package dev.momosim.simulator.config;

/** The checks the settings records make, each refusal naming the key's path. */
final class Require {
  private Require() {}

  /** A value the configuration must hold (absent or {@code null} is refused). */
  static <T> T present(T value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + " must be set, was null");
    }
    return value;
  }

  static String text(String value, String path) {
    if (present(value, path).isBlank()) {
      throw new IllegalArgumentException(path + " must not be empty");
    }
    return value;
  }

  static long atLeast(long minimum, long value, String path) {
    if (value < minimum) {
      throw new IllegalArgumentException(path + " must be at least " + minimum + ", was " + value);
    }
    return value;
  }

  static long between(long minimum, long maximum, long value, String path) {
    if (value < minimum || value > maximum) {
      throw new IllegalArgumentException(
          path + " must be between " + minimum + " and " + maximum + ", was " + value);
    }
    return value;
  }
}
