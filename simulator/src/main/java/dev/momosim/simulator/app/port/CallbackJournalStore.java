package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.CallbackDelivery;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Callback deliveries, newest first, bounded: the oldest are forgotten beyond the capacity. */
public interface CallbackJournalStore {
  /** A new delivery id, never given out before by this store (a cleared store does not reuse). */
  String newId();

  Future<Void> add(CallbackDelivery delivery);

  /** Replaces an entry by applying the change; atomic. @return the new entry, empty if forgotten */
  Future<Optional<CallbackDelivery>> update(String id, UnaryOperator<CallbackDelivery> change);

  Future<Optional<CallbackDelivery>> find(String id);

  /** At most {@code limit} deliveries, newest first. */
  Future<List<CallbackDelivery>> list(int limit);

  Future<Void> clear();
}
