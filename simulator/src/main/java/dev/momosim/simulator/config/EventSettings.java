package dev.momosim.simulator.config;

/**
 * The live event stream, {@code GET /_sim/events} ({@code events}; docs/events.md).
 *
 * @param maxSubscribers how many listeners may be connected at once; one more is refused with 503
 * @param subscriberBufferBytes how many bytes of events may wait for one listener inside the
 *     simulator (beyond what the operating system buffers); a listener further behind is dropped
 *     and told to resync
 */
public record EventSettings(int maxSubscribers, int subscriberBufferBytes) {
  public EventSettings {
    Require.atLeast(1, maxSubscribers, "events.maxSubscribers");
    Require.atLeast(1024, subscriberBufferBytes, "events.subscriberBufferBytes");
  }
}
