package dev.momosim.simulator.config;

/**
 * Request limits ({@code limits}).
 *
 * @param bodyBytes a larger request body is refused with 413
 */
public record LimitSettings(int bodyBytes) {
  public LimitSettings {
    Require.atLeast(1, bodyBytes, "limits.bodyBytes");
  }
}
