package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.RequestJournalStore;
import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Predicate;

/**
 * The journal of answered MoMo API requests, entries already redacted by the HTTP adapter. It can
 * be switched off for load tests. Thread-safe.
 */
public final class RequestJournal {
  private final RequestJournalStore store;
  private final ChangeFeed changes;
  private final boolean enabled;

  public RequestJournal(RequestJournalStore store, ChangeFeed changes, boolean enabled) {
    this.store = store;
    this.changes = changes;
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  /** A new entry id, increasing. */
  public long newId() {
    return store.newId();
  }

  public Future<Void> record(RequestRecord entry) {
    return store
        .record(entry)
        .onSuccess(kept -> changes.publish(new Change.RequestRecorded(entry)));
  }

  /** At most {@code limit} matching entries, newest first. */
  public Future<List<RequestRecord>> list(Predicate<RequestRecord> filter, int limit) {
    return store.list(filter, limit);
  }

  public Future<Void> clear() {
    return store.clear();
  }
}
