package dev.momosim.simulator.domain;

/** Where a journalled callback delivery stands. */
public enum CallbackOutcome {
  /** Scheduled (a delay fault) or still being attempted. */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Every allowed attempt ended in a non-2xx answer, an error or a timeout. */
  FAILED,
  /** A drop fault: nothing was sent. */
  DROPPED
}
