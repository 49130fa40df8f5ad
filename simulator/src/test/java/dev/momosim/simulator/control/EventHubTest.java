package dev.momosim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.config.EventSettings;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub renders each event once for every listener, drops one that is behind, and caps them. */
class EventHubTest {
  private final Vertx vertx = Vertx.vertx();
  private final Feed feed = new Feed();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void everyListenerIsHandedTheSameBufferForTheSameEvents() {
    EventHub hub = hub(10);
    List<Recorder> listeners = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Recorder listener = new Recorder();
      hub.subscribe(listener).orElseThrow();
      listeners.add(listener);
    }

    feed.publish(new Change.RulesChanged(3));
    feed.publish(new Change.ApprovalModeChanged(ApprovalMode.MANUAL));
    feed.publish(new Change.Reset(Instant.parse("2026-01-01T00:00:00Z")));

    Recorder first = listeners.get(0);
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> first.text().contains("event: reset"));
    for (Recorder listener : listeners) {
      assertThat(listener.writes).hasSameSizeAs(first.writes);
      for (int i = 0; i < first.writes.size(); i++) {
        assertThat(listener.writes.get(i)).as("write %s", i).isSameAs(first.writes.get(i));
      }
    }
    assertThat(first.text())
        .isEqualTo(
            "event: rules\ndata: {\"count\":3}\nid: 1\n\n"
                + "event: approval-mode\ndata: {\"mode\":\"MANUAL\"}\nid: 2\n\n"
                + "event: reset\ndata: {\"now\":\"2026-01-01T00:00:00Z\"}\nid: 3\n\n");
  }

  @Test
  void theChangesOfOneBatchWindowReachAListenerInOneWrite() {
    EventHub hub =
        new EventHub(feed, vertx.getOrCreateContext(), new EventSettings(10, 4096, 1000));
    Recorder listener = new Recorder();
    hub.subscribe(listener).orElseThrow();

    for (int count = 1; count <= 20; count++) {
      feed.publish(new Change.RulesChanged(count));
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> listener.text().contains("\"count\":20"));
    assertThat(listener.writes).hasSize(1);
    assertThat(listener.text()).contains("\"count\":1}", "id: 20\n");
  }

  @Test
  void withNoBatchWindowAChangeGoesOutAtOnce() {
    EventHub hub = new EventHub(feed, vertx.getOrCreateContext(), new EventSettings(10, 4096, 0));
    Recorder listener = new Recorder();
    hub.subscribe(listener).orElseThrow();

    feed.publish(new Change.RulesChanged(7));

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> listener.text().contains("\"count\":7"));
  }

  @Test
  void aListenerThatIsBehindIsDroppedWithAResyncAndTheOthersGoOn() {
    EventHub hub = hub(10);
    Recorder slow = new Recorder();
    Recorder reader = new Recorder();
    hub.subscribe(slow).orElseThrow();
    hub.subscribe(reader).orElseThrow();
    slow.behind = true;

    feed.publish(new Change.RulesChanged(1));
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> slow.last != null);
    feed.publish(new Change.RulesChanged(2));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> reader.text().contains("\"count\":2"));

    assertThat(slow.writes).isEmpty();
    String resync = slow.last.toString();
    assertThat(resync).startsWith("event: resync\ndata: ").endsWith("\n\n");
    JsonObject data =
        new JsonObject(resync.substring(resync.indexOf('{'), resync.lastIndexOf('}') + 1));
    assertThat(data.getString("reason")).isEqualTo("BEHIND");
    assertThat(hub.subscriberCount()).isEqualTo(1);
    assertThat(hub.droppedCount()).isEqualTo(1);
    assertThat(hub.closingCount()).isZero();
    assertThat(reader.last).isNull();
  }

  @Test
  void refusesTheListenerBeyondTheCapUntilOneLeaves() {
    EventHub hub = hub(2);
    Runnable leave = hub.subscribe(new Recorder()).orElseThrow();
    hub.subscribe(new Recorder()).orElseThrow();

    assertThat(hub.subscribe(new Recorder())).isEmpty();
    leave.run();
    assertThat(hub.subscribe(new Recorder())).isPresent();
  }

  @Test
  void resyncDropsEveryListener() {
    EventHub hub = hub(5);
    Recorder one = new Recorder();
    Recorder two = new Recorder();
    hub.subscribe(one).orElseThrow();
    hub.subscribe(two).orElseThrow();

    assertThat(hub.resyncAll().await()).isEqualTo(2);

    assertThat(one.last.toString()).contains("\"reason\":\"REQUESTED\"");
    assertThat(two.last.toString()).contains("\"reason\":\"REQUESTED\"");
    assertThat(hub.subscriberCount()).isZero();
  }

  @Test
  void oneTimerHandsEveryListenerTheSameKeepAliveAndDropsOneThatIsBehind() {
    EventHub hub = hub(10, Duration.ofMillis(20));
    Recorder one = new Recorder();
    Recorder two = new Recorder();
    Recorder slow = new Recorder();
    slow.behind = true;
    List.of(one, two, slow).forEach(listener -> hub.subscribe(listener).orElseThrow());

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> one.writes.size() >= 2 && two.writes.size() >= 2 && slow.last != null);

    assertThat(one.writes.get(0).toString()).isEqualTo(": keep-alive\n\n");
    assertThat(one.writes.get(1)).isSameAs(one.writes.get(0)).isSameAs(two.writes.get(0));
    assertThat(slow.writes).isEmpty();
    assertThat(slow.last.toString()).contains("\"reason\":\"BEHIND\"");
    assertThat(hub.subscriberCount()).isEqualTo(2);
    hub.stop();
  }

  @Test
  void aStoppedHubNoLongerFollowsTheFeed() {
    EventHub hub = hub(5);
    assertThat(feed.listeners).hasSize(1);

    hub.stop();

    assertThat(feed.listeners).isEmpty();
  }

  private EventHub hub(int maxSubscribers) {
    return new EventHub(feed, vertx.getOrCreateContext(), new EventSettings(maxSubscribers, 4096));
  }

  private EventHub hub(int maxSubscribers, Duration keepAlive) {
    return new EventHub(
        feed, vertx.getOrCreateContext(), new EventSettings(maxSubscribers, 4096), keepAlive);
  }

  /** A feed that tells its listeners on the publishing thread, like the in-memory one. */
  private static final class Feed implements ChangeFeed {
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Change change) {
      listeners.forEach(listener -> listener.accept(change));
    }

    @Override
    public Runnable subscribe(Consumer<Change> listener) {
      listeners.add(listener);
      return () -> listeners.remove(listener);
    }
  }

  private static final class Recorder implements EventHub.Listener {
    final List<Buffer> writes = new CopyOnWriteArrayList<>();
    volatile boolean behind;
    volatile Buffer last;

    @Override
    public boolean behind() {
      return behind;
    }

    @Override
    public void write(Buffer events) {
      writes.add(events);
    }

    @Override
    public void close(Buffer last, Runnable closed) {
      this.last = last;
      closed.run();
    }

    String text() {
      StringBuilder text = new StringBuilder();
      writes.forEach(buffer -> text.append(buffer.toString()));
      return text.toString();
    }
  }
}
