package dev.momosim.cli;

import java.util.function.Supplier;

/**
 * The person's mistake in what they typed or configured: exit code 2 and one line saying what is
 * wrong. Only this (and picocli's own parse errors) exits 2: any other IllegalArgumentException is
 * a bug in momo-sim and exits 1.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Turns what the person typed into a value: the libraries refuse a bad value with an
   * IllegalArgumentException, which here, and only here, is a usage error.
   */
  static <T> T check(Supplier<T> input) {
    try {
      return input.get();
    } catch (IllegalArgumentException refused) {
      throw new UsageException(refused.getMessage(), refused);
    }
  }
}
