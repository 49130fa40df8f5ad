package dev.momosim.cli;

import dev.momosim.simulator.control.ControlException;
import picocli.CommandLine;

/**
 * The exit codes every command uses: 0 ok, 1 software error, 2 usage, 3 API error, 4 unreachable, 5
 * transaction FAILED.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int SOFTWARE = 1;
  public static final int USAGE = 2;
  public static final int API_ERROR = 3;
  public static final int UNREACHABLE = 4;
  public static final int TRANSACTION_FAILED = 5;

  private ExitCodes() {}

  static int forException(Throwable failure) {
    if (failure instanceof dev.momosim.client.TransactionFailedException) {
      return TRANSACTION_FAILED;
    }
    if (failure instanceof dev.momosim.client.MomoTransportException) {
      return UNREACHABLE;
    }
    if (failure instanceof dev.momosim.client.MomoException) {
      return API_ERROR; // an API refusal, an unreadable answer, or still pending when the wait
      // ended
    }
    if (failure instanceof ControlException refusal) {
      // Status 0 means no answer came; any HTTP status is the simulator refusing.
      return refusal.status() == 0 ? UNREACHABLE : API_ERROR;
    }
    // picocli hands its own usage errors to this mapper too once it is set.
    if (failure instanceof CommandLine.ParameterException
        || failure instanceof IllegalArgumentException) {
      return USAGE;
    }
    return SOFTWARE;
  }
}
