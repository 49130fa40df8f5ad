package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.ClockState;
import io.vertx.core.Future;
import java.util.function.UnaryOperator;

/** The simulator clock's offset and frozen state. */
public interface ClockStore {
  Future<ClockState> load();

  Future<Void> save(ClockState state);

  /**
   * True if other instances move this clock too: it is read before every use, and moved only
   * through {@link #update}.
   */
  default boolean shared() {
    return false;
  }

  /**
   * Moves the clock from the state kept now to {@code change}'s answer, atomically where {@link
   * #shared()} (no concurrent move is lost).
   *
   * @return the state kept
   */
  default Future<ClockState> update(UnaryOperator<ClockState> change) {
    return load()
        .compose(
            current -> {
              ClockState next = change.apply(current);
              return save(next).map(next);
            });
  }
}
