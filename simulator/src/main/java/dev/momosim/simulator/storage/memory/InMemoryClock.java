package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.ClockStore;
import dev.momosim.simulator.domain.ClockState;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicReference;

/** The clock state in one atomic reference. */
final class InMemoryClock implements ClockStore {
  private final AtomicReference<ClockState> state =
      new AtomicReference<>(ClockState.FOLLOWING_BASE);

  @Override
  public Future<ClockState> load() {
    return Future.succeededFuture(state.get());
  }

  @Override
  public Future<Void> save(ClockState newState) {
    state.set(newState);
    return Future.succeededFuture();
  }
}
