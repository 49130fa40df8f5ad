package dev.momosim.simulator.config;

/**
 * What is kept ({@code retention}).
 *
 * @param maxTransactions beyond this many, the oldest finished transactions are forgotten
 */
public record RetentionSettings(int maxTransactions) {
  public RetentionSettings {
    Require.atLeast(1, maxTransactions, "retention.maxTransactions");
  }
}
