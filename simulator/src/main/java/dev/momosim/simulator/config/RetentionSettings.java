package dev.momosim.simulator.config;

/**
 * What is kept ({@code retention}).
 *
 * @param maxTransactions beyond this many, the oldest finished transactions are forgotten
 * @param maxWallets beyond this many stored wallets, the least recently used are forgotten: they go
 *     back to their opening balance, counted in {@code GET /_sim/accounts} (docs/journals.md)
 */
public record RetentionSettings(int maxTransactions, int maxWallets) {
  public RetentionSettings {
    Require.atLeast(1, maxTransactions, "retention.maxTransactions");
    Require.atLeast(1, maxWallets, "retention.maxWallets");
  }
}
