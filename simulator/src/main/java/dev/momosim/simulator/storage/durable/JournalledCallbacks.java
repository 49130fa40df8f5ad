package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.CallbackJournalStore;
import dev.momosim.simulator.domain.CallbackDelivery;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Callback deliveries kept in memory, each change journalled through the {@link Gate}. */
final class JournalledCallbacks implements CallbackJournalStore {
  private final CallbackJournalStore memory;
  private final Gate gate;

  JournalledCallbacks(CallbackJournalStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public String newId() {
    return memory.newId();
  }

  @Override
  public Future<Void> add(CallbackDelivery delivery) {
    return gate.change(
        () -> memory.add(delivery), done -> new JournalEntry.CallbackAdded(delivery));
  }

  @Override
  public Future<Optional<CallbackDelivery>> update(
      String id, UnaryOperator<CallbackDelivery> change) {
    return gate.change(
        () -> memory.update(id, change),
        updated -> updated.map(JournalEntry.CallbackChanged::new).orElse(null));
  }

  @Override
  public Future<Optional<CallbackDelivery>> find(String id) {
    return memory.find(id);
  }

  @Override
  public Future<List<CallbackDelivery>> list(String after, int limit) {
    return memory.list(after, limit);
  }

  @Override
  public Future<Void> clear() {
    return gate.change(memory::clear, done -> new JournalEntry.CallbacksCleared());
  }
}
