package dev.momosim.cli;

import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.exception.TransactionFailedException;
import dev.momosim.simulator.control.ControlException;
import java.io.PrintWriter;
import java.util.concurrent.TimeoutException;

/**
 * The one place where a failure becomes an exit code and one line on standard error: 2 for a {@link
 * UsageException}, 3 for an API or control refusal, 4 when no answer came, 5 for a FAILED
 * transaction, 1 for anything else. picocli's own parse errors (exit 2) are the only failures that
 * do not pass through here.
 */
final class Failures {
  private Failures() {}

  /** Prints {@code momo-sim: <what went wrong>} and returns the exit code. */
  static int report(PrintWriter err, Throwable failure) {
    return print(err, describe(failure), exitCode(failure));
  }

  /**
   * Prints {@code momo-sim: <doing>: <what went wrong>}, for a failure of the environment while
   * doing something (e.g. {@code cannot start}: the port is taken), which is no bug.
   */
  static int report(PrintWriter err, String doing, Throwable failure) {
    return print(err, doing + ": " + message(failure), exitCode(failure));
  }

  static int exitCode(Throwable failure) {
    if (failure instanceof UsageException) {
      return ExitCodes.USAGE;
    }
    if (failure instanceof TransactionFailedException) {
      return ExitCodes.TRANSACTION_FAILED;
    }
    if (failure instanceof MomoTransportException || failure instanceof TimeoutException) {
      return ExitCodes.UNREACHABLE;
    }
    if (failure instanceof MomoException) {
      // An API refusal, an unreadable answer, or still pending when the wait ended.
      return ExitCodes.API_ERROR;
    }
    if (failure instanceof ControlException refusal) {
      // Status 0 means no answer came; any HTTP status is the simulator refusing.
      return refusal.status() == 0 ? ExitCodes.UNREACHABLE : ExitCodes.API_ERROR;
    }
    return ExitCodes.SOFTWARE;
  }

  private static String describe(Throwable failure) {
    if (failure instanceof TransactionFailedException failed) {
      return "transaction FAILED: " + failed.reason().code();
    }
    if (failure instanceof MomoApiException api) {
      // A gateway refusal ({"statusCode","message"}) carries no MoMo code.
      return api.status()
          + (api.rawCode() == null ? "" : " " + api.rawCode())
          + ": "
          + api.apiMessage();
    }
    if (failure instanceof ControlException refusal && refusal.status() == 0) {
      return refusal.getMessage()
          + ". Is `momo-sim serve` running there? Point --sim-url or MOMO_SIM_URL at it.";
    }
    if (failure instanceof ControlException refusal) {
      return refusal.status() + " " + refusal.code() + ": " + refusal.getMessage();
    }
    if (exitCode(failure) != ExitCodes.SOFTWARE) {
      return message(failure);
    }
    if (failure instanceof InterruptedException) {
      return "interrupted";
    }
    // A bug: one line still, with where it happened, so that it can be reported.
    StackTraceElement[] trace = failure.getStackTrace();
    return "unexpected failure, please report it: "
        + failure
        + (trace.length == 0 ? "" : " at " + trace[0]);
  }

  private static String message(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  private static int print(PrintWriter err, String line, int exitCode) {
    err.println("momo-sim: " + line);
    err.flush();
    return exitCode;
  }
}
