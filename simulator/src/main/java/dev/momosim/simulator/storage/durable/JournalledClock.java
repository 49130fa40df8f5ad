package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.ClockStore;
import dev.momosim.simulator.domain.ClockState;
import io.vertx.core.Future;

/** The clock state kept in memory, each change journalled through the {@link Gate}. */
final class JournalledClock implements ClockStore {
  private final ClockStore memory;
  private final Gate gate;

  JournalledClock(ClockStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<ClockState> load() {
    return memory.load();
  }

  @Override
  public Future<Void> save(ClockState state) {
    return gate.change(() -> memory.save(state), done -> new JournalEntry.ClockSaved(state));
  }
}
