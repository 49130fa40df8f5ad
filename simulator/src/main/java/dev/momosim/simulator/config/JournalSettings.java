package dev.momosim.simulator.config;

/**
 * The request journal ({@code journal}).
 *
 * @param enabled false switches it off (for load tests)
 * @param capacity how many requests it keeps
 */
public record JournalSettings(boolean enabled, int capacity) {
  public JournalSettings {
    Require.atLeast(1, capacity, "journal.capacity");
  }
}
