package dev.momosim.cli;

/**
 * The exit codes every command uses: 0 ok, 1 software error, 2 usage, 3 API error, 4 unreachable, 5
 * transaction FAILED. {@link Failures} decides which one a failure gets.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int SOFTWARE = 1;
  public static final int USAGE = 2;
  public static final int API_ERROR = 3;
  public static final int UNREACHABLE = 4;
  public static final int TRANSACTION_FAILED = 5;

  private ExitCodes() {}
}
