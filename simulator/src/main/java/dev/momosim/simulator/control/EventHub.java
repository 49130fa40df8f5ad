package dev.momosim.simulator.control;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fans out every state change (transaction, callback, clock, approval mode, rules, reset) to the
 * subscribers of {@code /_sim/events}. A slow subscriber cannot hold up the simulator: publishing
 * only hands the event to each subscriber's own writer. Thread-safe.
 */
public final class EventHub {
  /** One event: its type ({@code transaction}, {@code callback}, ...) and its JSON data. */
  public record Event(String type, JsonObject data) {}

  private final CopyOnWriteArrayList<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

  public void publish(String type, JsonObject data) {
    publish(type, () -> data);
  }

  /** Builds the event's data only when someone is listening: publishing is free otherwise. */
  public void publish(String type, java.util.function.Supplier<JsonObject> data) {
    if (subscribers.isEmpty()) {
      return;
    }
    Event event = new Event(type, data.get());
    subscribers.forEach(subscriber -> subscriber.accept(event));
  }

  public Runnable subscribe(Consumer<Event> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  public int subscriberCount() {
    return subscribers.size();
  }
}
