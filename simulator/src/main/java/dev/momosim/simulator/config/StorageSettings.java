package dev.momosim.simulator.config;

import dev.momosim.simulator.app.port.Durability;

/**
 * Where the state is kept ({@code storage}, docs/state.md).
 *
 * @param dataDir the data directory ({@code --data-dir}); null keeps the state in memory only
 * @param durability how durable a change is before it is acknowledged ({@code --durability})
 * @param compactAfterBytes a journal longer than this is compacted into a snapshot
 * @param state a state document to start from ({@code --state}); null for none
 * @param maxStateBytes the largest state document {@code PUT /_sim/state} accepts
 */
public record StorageSettings(
    String dataDir,
    Durability durability,
    long compactAfterBytes,
    String state,
    int maxStateBytes) {
  public StorageSettings {
    if (dataDir != null) {
      Require.text(dataDir, "storage.dataDir");
    }
    Require.present(durability, "storage.durability");
    Require.atLeast(4096, compactAfterBytes, "storage.compactAfterBytes");
    if (state != null) {
      Require.text(state, "storage.state");
    }
    Require.atLeast(1024, maxStateBytes, "storage.maxStateBytes");
  }
}
