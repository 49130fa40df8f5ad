package dev.momosim.simulator.config;

import dev.momosim.simulator.behaviour.ApprovalMode;
import java.time.Duration;

/**
 * Payments no rule matches ({@code approval}).
 *
 * @param mode AUTO (succeed at once) or MANUAL (wait for a person), any case
 * @param windowSeconds how long a manual payment waits for a decision before it fails EXPIRED
 */
public record ApprovalSettings(ApprovalMode mode, long windowSeconds) {
  public ApprovalSettings {
    Require.present(mode, "approval.mode");
    Require.atLeast(1, windowSeconds, "approval.windowSeconds");
  }

  public Duration window() {
    return Duration.ofSeconds(windowSeconds);
  }
}
