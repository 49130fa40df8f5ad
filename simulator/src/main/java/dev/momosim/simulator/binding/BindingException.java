package dev.momosim.simulator.binding;

import java.util.List;

/**
 * JSON that does not bind: unknown keys (all of them, by path, sorted), or one value that cannot be
 * used, named by its path in the message.
 */
public final class BindingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> unknownKeys;

  BindingException(String message, List<String> unknownKeys) {
    super(message);
    this.unknownKeys = List.copyOf(unknownKeys);
  }

  /** The unknown keys by path, sorted; empty when a value was refused instead. */
  public List<String> unknownKeys() {
    return unknownKeys;
  }
}
