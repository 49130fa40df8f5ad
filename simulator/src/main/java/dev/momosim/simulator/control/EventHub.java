package dev.momosim.simulator.control;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Follows the store's {@link ChangeFeed} and fans each change out, as a named JSON event
 * (transaction, callback, request, clock, approval-mode, rules, reset), to the subscribers of
 * {@code /_sim/events}. A slow subscriber cannot hold up the simulator: publishing only hands the
 * event to each subscriber's own writer, and nothing is rendered while nobody listens. Thread-safe.
 */
public final class EventHub {
  /** One event: its type ({@code transaction}, {@code callback}, ...) and its JSON data. */
  public record Event(String type, JsonObject data) {}

  private final CopyOnWriteArrayList<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

  public EventHub(ChangeFeed changes) {
    changes.subscribe(this::publish);
  }

  private void publish(Change change) {
    if (subscribers.isEmpty()) {
      return;
    }
    Event event = render(change);
    subscribers.forEach(subscriber -> subscriber.accept(event));
  }

  private static Event render(Change change) {
    if (change instanceof Change.TransactionChanged changed) {
      return new Event("transaction", TransactionViews.of(changed.transaction()).toJson());
    } else if (change instanceof Change.CallbackChanged changed) {
      return new Event("callback", CallbackView.of(changed.delivery()).toJson());
    } else if (change instanceof Change.RequestRecorded recorded) {
      return new Event("request", RequestView.of(recorded.entry()).toJson());
    } else if (change instanceof Change.ClockChanged clock) {
      return new Event(
          "clock",
          new JsonObject()
              .put("now", clock.now().toString())
              .put("frozen", clock.state().frozen()));
    } else if (change instanceof Change.ApprovalModeChanged mode) {
      return new Event("approval-mode", new JsonObject().put("mode", mode.mode().name()));
    } else if (change instanceof Change.RulesChanged rules) {
      return new Event("rules", new JsonObject().put("count", rules.count()));
    } else if (change instanceof Change.Reset reset) {
      return new Event("reset", new JsonObject().put("now", reset.now().toString()));
    }
    throw new IllegalArgumentException("unknown change " + change.getClass().getName());
  }

  public Runnable subscribe(Consumer<Event> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  public int subscriberCount() {
    return subscribers.size();
  }
}
