package dev.momosim.simulator.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * Access tokens ({@code tokens}).
 *
 * @param lifetimeSeconds how long a token works (its {@code expires_in})
 * @param clock which clock a token's expiry follows: the simulator's (moved by {@code clock
 *     advance}) or the wall clock (clients that cache tokens by real time keep working when the
 *     simulator clock is moved), docs/https.md
 */
public record TokenSettings(long lifetimeSeconds, Clock clock) {
  public TokenSettings {
    Require.atLeast(1, lifetimeSeconds, "tokens.lifetimeSeconds");
    Require.present(clock, "tokens.clock");
  }

  public Duration lifetime() {
    return Duration.ofSeconds(lifetimeSeconds);
  }

  /** The values of {@code tokens.clock}. */
  public enum Clock {
    @JsonProperty("simulator")
    SIMULATOR,
    @JsonProperty("wall")
    WALL
  }
}
