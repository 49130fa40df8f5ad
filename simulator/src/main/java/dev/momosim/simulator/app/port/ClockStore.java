package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.ClockState;
import io.vertx.core.Future;

/** The simulator clock's offset and frozen state. */
public interface ClockStore {
  Future<ClockState> load();

  Future<Void> save(ClockState state);
}
