package dev.momosim.simulator.storage.postgres;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Which failures mean the database cannot be reached now, as opposed to a fault of ours. */
final class PgFailures {
  private PgFailures() {}

  static boolean unavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException // refused, reset, closed channel
          || cause instanceof ClosedConnectionException
          || cause instanceof TimeoutException) {
        return true;
      }
      if (cause instanceof PgException pg && unavailableState(pg.getSqlState())) {
        return true;
      }
      String name = cause.getClass().getName();
      String message = String.valueOf(cause.getMessage());
      if (name.contains("Timeout") // the pool's wait for a connection
          || name.contains("ConnectException")
          || message.contains("Connection refused")
          || message.contains("closed")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57 (operator
   * intervention: the statement timeout, a server shutting down).
   */
  private static boolean unavailableState(String state) {
    return state != null
        && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57"));
  }
}
