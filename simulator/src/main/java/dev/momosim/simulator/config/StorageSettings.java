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
 * @param databaseUrl the PostgreSQL database holding the state, shared with every instance started
 *     on it ({@code --database-url}); null for none
 * @param databasePoolSize connections to the database this instance keeps at most
 * @param databaseTimeoutMillis the longest a database statement may run, or a request wait for a
 *     connection, before the request is answered 503
 * @param workLeaseMillis how long scheduled work taken by an instance stays its own without
 *     renewal: a dead instance's work passes to the others after this
 * @param workPollMillis how often an instance on a database looks for due work the others scheduled
 */
public record StorageSettings(
    String dataDir,
    Durability durability,
    long compactAfterBytes,
    String state,
    int maxStateBytes,
    String databaseUrl,
    int databasePoolSize,
    int databaseTimeoutMillis,
    int workLeaseMillis,
    int workPollMillis) {
  public StorageSettings {
    if (databaseUrl != null) {
      Require.text(databaseUrl, "storage.databaseUrl");
      if (dataDir != null) {
        throw new IllegalArgumentException(
            "storage.dataDir and storage.databaseUrl both name where the state is kept: choose one");
      }
    }
    Require.atLeast(1, databasePoolSize, "storage.databasePoolSize");
    Require.atLeast(100, databaseTimeoutMillis, "storage.databaseTimeoutMillis");
    Require.atLeast(1000, workLeaseMillis, "storage.workLeaseMillis");
    Require.atLeast(10, workPollMillis, "storage.workPollMillis");
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
