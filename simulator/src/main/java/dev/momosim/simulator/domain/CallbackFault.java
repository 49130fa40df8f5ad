package dev.momosim.simulator.domain;

import java.time.Duration;

/** What goes wrong with the callback of a matching payment: dropped, sent twice, or sent late. */
public record CallbackFault(boolean drop, boolean duplicate, Duration delay) {
  public static final CallbackFault NONE = new CallbackFault(false, false, Duration.ZERO);
}
