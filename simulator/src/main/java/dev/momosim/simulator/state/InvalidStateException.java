package dev.momosim.simulator.state;

/** A state document or data file that cannot be used, with a message that says why and where. */
public class InvalidStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidStateException(String message) {
    super(message);
  }
}
