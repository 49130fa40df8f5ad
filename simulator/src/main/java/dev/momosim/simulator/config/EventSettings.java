package dev.momosim.simulator.config;

/**
 * The live event stream, {@code GET /_sim/events} ({@code events}; docs/events.md).
 *
 * @param maxSubscribers how many listeners may be connected at once; one more is refused with 503
 * @param subscriberBufferBytes how many bytes of events may wait for one listener inside the
 *     simulator (beyond what the operating system buffers); a listener further behind is dropped
 *     and told to resync
 * @param batchMillis how long a change may wait to be sent with the ones that follow it: under load
 *     every listener then gets one write per this many milliseconds instead of one per change (0:
 *     each as soon as the event loop is free)
 */
public record EventSettings(int maxSubscribers, int subscriberBufferBytes, int batchMillis) {
  /** A batch window of 10 ms. */
  public EventSettings(int maxSubscribers, int subscriberBufferBytes) {
    this(maxSubscribers, subscriberBufferBytes, 10);
  }

  public EventSettings {
    Require.atLeast(0, batchMillis, "events.batchMillis");
    if (batchMillis > 1000) {
      throw new IllegalArgumentException(
          "events.batchMillis: at most 1000 (a second), not " + batchMillis);
    }
    Require.atLeast(1, maxSubscribers, "events.maxSubscribers");
    Require.atLeast(1024, subscriberBufferBytes, "events.subscriberBufferBytes");
  }
}
