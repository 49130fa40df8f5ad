package dev.momosim.simulator.control;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.config.EventSettings;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows the store's {@link ChangeFeed} and fans each change out, as a named server-sent event
 * (transaction, callback, request, clock, approval-mode, rules, reset; docs/events.md), to the
 * listeners of {@code /_sim/events}. Thread-safe.
 *
 * <p>Its cost never lands on the request that changed state: publishing only appends the change to
 * a queue and, unless a drain is already scheduled, schedules one on the hub's context {@code
 * events.batchMillis} later (O(1), whatever the number of listeners; nothing at all while nobody
 * listens), so that the changes of that window go out together. The drain renders each event once,
 * into one {@link Buffer} per batch of events, and hands that same Buffer to every listener: one
 * write per listener per batch. A listener that has more than its buffer still waiting ({@link
 * Listener#behind()}) is dropped instead: removed, sent a {@code resync} event and closed. At most
 * {@code events.maxSubscribers} listeners are connected at once.
 *
 * <p>Every {@link #KEEP_ALIVE} one timer of the hub hands every listener the same comment, which
 * keeps proxies from closing an idle stream and drops a listener still behind when no event came
 * since.
 */
public final class EventHub {
  /** A batch holds at most this many events, so one drain never holds the event loop long. */
  static final int MAX_BATCH_EVENTS = 256;

  /** ... and at most about this many bytes (a request event can carry a 64 KiB body). */
  static final int MAX_BATCH_BYTES = 64 * 1024;

  /** How often every listener gets a keep-alive comment. */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private static final Buffer KEEP_ALIVE_COMMENT = Buffer.buffer(": keep-alive\n\n");

  /** One event: its type ({@code transaction}, {@code callback}, ...) and its JSON data. */
  record Event(String type, JsonObject data) {}

  /** Why a listener was dropped, as its {@code resync} event says. */
  enum DropReason {
    /** More than its buffer was waiting for it. */
    BEHIND,
    /** {@code POST /_sim/events/resync} dropped every listener. */
    REQUESTED
  }

  /** One listener's stream. The hub calls it on the hub's context only. */
  interface Listener {
    /** Whether more than the listener's buffer is still waiting to be sent to it. */
    boolean behind();

    /** Sends these events (the Buffer is shared with every other listener: never change it). */
    void write(Buffer events);

    /** Sends this last event if it can, then closes the stream; runs {@code closed} once it is. */
    void close(Buffer last, Runnable closed);
  }

  private final Context context;
  private final EventSettings settings;
  private final Queue<Change> queued = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicInteger closing = new AtomicInteger();
  private final Runnable unfollow;
  private long keepAliveTimer = -1;
  private long lastId;

  /**
   * @param context where the hub renders and writes: the HTTP server's, so that listeners are
   *     written on their own event loop
   */
  public EventHub(ChangeFeed changes, Context context, EventSettings settings) {
    this(changes, context, settings, KEEP_ALIVE);
  }

  EventHub(ChangeFeed changes, Context context, EventSettings settings, Duration keepAlive) {
    this.context = context;
    this.settings = settings;
    this.unfollow = changes.subscribe(this::publish);
    // armed from the hub's context, so that it fires there
    context.runOnContext(
        ignored ->
            keepAliveTimer =
                context
                    .owner()
                    .setPeriodic(keepAlive.toMillis(), id -> fanOut(KEEP_ALIVE_COMMENT)));
  }

  /**
   * Stops following the change feed and sending keep-alives (when the simulator stops); the
   * listeners are left as they are.
   */
  public void stop() {
    unfollow.run();
    context.runOnContext(ignored -> context.owner().cancelTimer(keepAliveTimer));
  }

  EventSettings settings() {
    return settings;
  }

  /**
   * Adds a listener unless {@code maxSubscribers} are connected.
   *
   * @return what removes it, or empty when the cap refuses it
   */
  synchronized Optional<Runnable> subscribe(Listener listener) {
    if (listeners.size() >= settings.maxSubscribers()) {
      return Optional.empty();
    }
    listeners.add(listener);
    return Optional.of(() -> listeners.remove(listener));
  }

  public int subscriberCount() {
    return listeners.size();
  }

  /** How many listeners were dropped (and told to resync) since the start. */
  public long droppedCount() {
    return dropped.get();
  }

  /** How many dropped listeners' connections are not closed yet. */
  public int closingCount() {
    return closing.get();
  }

  /** Drops every listener, each told to resync; completes with how many there were. */
  public Future<Integer> resyncAll() {
    Promise<Integer> done = Promise.promise();
    context.runOnContext(
        ignored -> {
          int count = 0;
          for (Listener listener : listeners) {
            if (drop(listener, DropReason.REQUESTED)) {
              count++;
            }
          }
          done.complete(count);
        });
    return done.future();
  }

  /** On the publishing thread (a request's, usually): O(1), and nothing while nobody listens. */
  private void publish(Change change) {
    if (listeners.isEmpty()) {
      return;
    }
    queued.add(change);
    if (drainScheduled.compareAndSet(false, true)) {
      int window = settings.batchMillis();
      if (window == 0) {
        context.runOnContext(ignored -> drain());
      } else {
        // armed from the hub's context, so that it fires there
        context.runOnContext(ignored -> context.owner().setTimer(window, id -> drain()));
      }
    }
  }

  /** On the hub's context: one batch, then again in a later task while changes are queued. */
  private void drain() {
    if (listeners.isEmpty()) {
      queued.clear();
    }
    Buffer batch = Buffer.buffer(4096);
    int events = 0;
    Change change;
    while (events < MAX_BATCH_EVENTS
        && batch.length() < MAX_BATCH_BYTES
        && (change = queued.poll()) != null) {
      append(batch, render(change));
      events++;
    }
    if (events > 0) {
      fanOut(batch);
    }
    if (queued.isEmpty()) {
      drainScheduled.set(false);
      // A change queued between the poll and the reset found the drain still scheduled.
      if (queued.isEmpty() || !drainScheduled.compareAndSet(false, true)) {
        return;
      }
    }
    context.runOnContext(ignored -> drain());
  }

  /** Hands every listener the same events, or drops it if it is behind. */
  private void fanOut(Buffer batch) {
    for (Listener listener : listeners) {
      if (listener.behind()) {
        drop(listener, DropReason.BEHIND);
      } else {
        listener.write(batch);
      }
    }
  }

  private boolean drop(Listener listener, DropReason reason) {
    if (!listeners.remove(listener)) {
      return false;
    }
    dropped.incrementAndGet();
    closing.incrementAndGet();
    listener.close(resync(reason), closing::decrementAndGet);
    return true;
  }

  private void append(Buffer batch, Event event) {
    batch
        .appendString("event: ")
        .appendString(event.type())
        .appendString("\ndata: ")
        .appendString(event.data().encode())
        .appendString("\nid: ")
        .appendString(Long.toString(++lastId))
        .appendString("\n\n");
  }

  private Buffer resync(DropReason reason) {
    String message =
        reason == DropReason.BEHIND
            ? "This listener fell more than "
                + settings.subscriberBufferBytes()
                + " bytes behind (events.subscriberBufferBytes) and was dropped: reload the state"
                + " from the control API and reconnect."
            : "Every listener was asked to resync: reload the state from the control API and"
                + " reconnect.";
    return Buffer.buffer()
        .appendString("event: resync\ndata: ")
        .appendString(
            new JsonObject().put("reason", reason.name()).put("message", message).encode())
        .appendString("\n\n");
  }

  static Event render(Change change) {
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
}
