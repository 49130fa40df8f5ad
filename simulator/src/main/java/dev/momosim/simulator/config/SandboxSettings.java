package dev.momosim.simulator.config;

/**
 * The delays of the sandbox test numbers ({@code sandbox}); rules name them, e.g. {@code
 * "delaySeconds": "sandbox.ongoingExpirySeconds"}.
 *
 * @param ongoingExpirySeconds how long 46733123453 stays PENDING before it fails EXPIRED
 * @param delayedSuccessSeconds how long 46733123454 stays CREATED before it succeeds
 */
public record SandboxSettings(long ongoingExpirySeconds, long delayedSuccessSeconds) {
  public SandboxSettings {
    Require.atLeast(0, ongoingExpirySeconds, "sandbox.ongoingExpirySeconds");
    Require.atLeast(0, delayedSuccessSeconds, "sandbox.delayedSuccessSeconds");
  }
}
