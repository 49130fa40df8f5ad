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
   * No attempt was ever sent: each found the outbound queue full (the attempts' errors say so) and
   * no retry was left.
   */
  NOT_SENT
}
