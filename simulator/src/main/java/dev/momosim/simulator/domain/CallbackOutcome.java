package dev.momosim.simulator.domain;

/** Where a journalled callback delivery stands. */
public enum CallbackOutcome {
  /** Scheduled (a delay fault) or still being attempted. */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /**
   * Every allowed attempt ended in a non-2xx answer, an error, a timeout or a full queue, and at
   * least one was sent.
   */
  FAILED,
  /** A drop fault: nothing was sent. */
  DROPPED,
  /**
   * No attempt was ever sent: each found the outbound queue full, and no retry was left, or the
   * simulator stopped before the next was sent (the attempts' errors say which).
   */
  NOT_SENT
}
