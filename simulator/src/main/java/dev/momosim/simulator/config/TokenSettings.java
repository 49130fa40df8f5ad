package dev.momosim.simulator.config;

import java.time.Duration;

/**
 * Access tokens ({@code tokens}).
 *
 * @param lifetimeSeconds how long a token works, on the simulator clock (its {@code expires_in})
 */
public record TokenSettings(long lifetimeSeconds) {
  public TokenSettings {
    Require.atLeast(1, lifetimeSeconds, "tokens.lifetimeSeconds");
  }

  public Duration lifetime() {
    return Duration.ofSeconds(lifetimeSeconds);
  }
}
