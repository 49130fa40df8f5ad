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

  /**
   * At most {@code limit} deliveries, newest first, older than the delivery {@code after} (an id
   * this store gave; null for the newest).
   *
   * @return fails with a 400 {@code MomoException} when {@code after} is not an id this store gives
   */
  Future<List<CallbackDelivery>> list(String after, int limit);

  /** At most {@code limit} deliveries, newest first. */
  default Future<List<CallbackDelivery>> list(int limit) {
    return list(null, limit);
  }

  Future<Void> clear();
}
