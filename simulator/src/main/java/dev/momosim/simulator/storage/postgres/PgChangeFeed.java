package dev.momosim.simulator.storage.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.state.StateJson;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Changes told to this instance's listeners at once and to every other instance's through
 * PostgreSQL's LISTEN/NOTIFY on channel {@value #CHANNEL} (a tenant's on its own), so the dashboard
 * and the payer phone on any instance show what any other did. The subscription reconnects by
 * itself after the database comes back. A change whose message would pass NOTIFY's 8000-byte limit
 * (a large journalled request) is told here only; the others' views show it when next read.
 * Thread-safe.
 */
final class PgChangeFeed implements ChangeFeed {
  static final String CHANNEL = "momo_sim_changes";
  private static final int MAX_PAYLOAD = 7900;
  private static final ObjectMapper MAPPER = StateJson.recordMapper();
  private static final Map<String, Class<? extends Change>> TYPES =
      Map.of(
          "TransactionChanged", Change.TransactionChanged.class,
          "CallbackChanged", Change.CallbackChanged.class,
          "RequestRecorded", Change.RequestRecorded.class,
          "ClockChanged", Change.ClockChanged.class,
          "ApprovalModeChanged", Change.ApprovalModeChanged.class,
          "RulesChanged", Change.RulesChanged.class,
          "Reset", Change.Reset.class,
          "TenantDeleted", Change.TenantDeleted.class);

  private final CopyOnWriteArrayList<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
  private final Pool pool;
  private final String instance;
  private final PgSubscriber subscriber;
  private final boolean ownsSubscriber;
  private final String channel;

  /** A feed on channel {@value #CHANNEL} with a LISTEN connection of its own. */
  PgChangeFeed(Vertx vertx, Pool pool, PgConnectOptions connection, String instance) {
    this(
        pool,
        instance,
        CHANNEL,
        PgSubscriber.subscriber(vertx, connection).reconnectPolicy(retries -> 500L),
        true);
  }

  /**
   * A tenant's feed, on a channel of its own through the LISTEN connection its instance shares
   * between tenants ({@link #sharedSubscriber}), connected by its owner.
   */
  PgChangeFeed(Pool pool, String instance, String channel, PgSubscriber shared) {
    this(pool, instance, channel, shared, false);
  }

  private PgChangeFeed(
      Pool pool, String instance, String channel, PgSubscriber subscriber, boolean owns) {
    this.pool = pool;
    this.instance = instance;
    this.channel = channel;
    this.subscriber = subscriber;
    this.ownsSubscriber = owns;
    subscriber.channel(channel).handler(this::received); // LISTEN, once connected
  }

  /** One LISTEN connection for every tenant's feed on this instance; connect it once. */
  static PgSubscriber sharedSubscriber(Vertx vertx, DatabaseUrl url) {
    return PgSubscriber.subscriber(
            vertx, url.connectOptions().addProperty("application_name", "momo-sim"))
        .reconnectPolicy(retries -> 500L);
  }

  /** Starts listening to the other instances. */
  Future<Void> listen() {
    return ownsSubscriber ? subscriber.connect() : Future.succeededFuture();
  }

  Future<Void> close() {
    if (ownsSubscriber) {
      return subscriber.close();
    }
    subscriber.channel(channel).handler(null); // UNLISTEN
    return Future.succeededFuture();
  }

  @Override
  public void publish(Change change) {
    tellHere(change);
    String message = encode(change);
    if (message != null && message.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD) {
      // Not waited for: a view missing one change is refreshed by the next; the API never waits.
      pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(channel, message));
    }
  }

  @Override
  public Runnable subscribe(Consumer<Change> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private void tellHere(Change change) {
    for (Consumer<Change> listener : listeners) {
      listener.accept(change);
    }
  }

  private String encode(Change change) {
    ObjectNode message = MAPPER.createObjectNode();
    message.put("from", instance);
    message.put("type", change.getClass().getSimpleName());
    message.set("change", MAPPER.valueToTree(change));
    try {
      return MAPPER.writeValueAsString(message);
    } catch (IOException e) {
      return null;
    }
  }

  private void received(String payload) {
    try {
      JsonNode message = MAPPER.readTree(payload);
      if (instance.equals(message.path("from").asText())) {
        return; // told here when published
      }
      Class<? extends Change> type = TYPES.get(message.path("type").asText());
      if (type != null) {
        tellHere(MAPPER.treeToValue(message.get("change"), type));
      }
    } catch (IOException | RuntimeException e) {
      // a message this version cannot read (another version's instance): its views refresh later
    }
  }
}
