package dev.momosim.simulator.storage.durable;

/**
 * A data directory that cannot be used as it is, with one line that says why and what to do: not
 * writable, used by another running simulator, written by a newer momo-sim, damaged.
 */
public class DataDirectoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataDirectoryException(String message) {
    super(message);
  }

  public DataDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
