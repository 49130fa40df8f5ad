package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.CallbackJournalStore;
import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.domain.CallbackDelivery;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The callback journal: every delivery kept in the store and announced. Thread-safe. */
public final class CallbackJournal {
  private final CallbackJournalStore store;
  private final ChangeFeed changes;

  public CallbackJournal(CallbackJournalStore store, ChangeFeed changes) {
    this.store = store;
    this.changes = changes;
  }

  public String newId() {
    return store.newId();
  }

  public Future<CallbackDelivery> add(CallbackDelivery delivery) {
    return store.add(delivery).map(kept -> announce(delivery));
  }

  /** Replaces an entry by applying {@code change}; empty if it was forgotten. */
  public Future<Optional<CallbackDelivery>> update(
      String id, UnaryOperator<CallbackDelivery> change) {
    return store.update(id, change).map(updated -> updated.map(this::announce));
  }

  public Future<Optional<CallbackDelivery>> find(String id) {
    return store.find(id);
  }

  /** At most {@code limit} deliveries, newest first. */
  public Future<List<CallbackDelivery>> list(int limit) {
    return list(null, limit);
  }

  /**
   * At most {@code limit} deliveries, newest first, older than {@code after} (null: the newest).
   */
  public Future<List<CallbackDelivery>> list(String after, int limit) {
    return store.list(after, limit);
  }

  public Future<Void> clear() {
    return store.clear();
  }

  private CallbackDelivery announce(CallbackDelivery delivery) {
    changes.publish(new Change.CallbackChanged(delivery));
    return delivery;
  }
}
