package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Changes told to this process's listeners, on the publishing thread. Thread-safe. */
final class InMemoryChangeFeed implements ChangeFeed {
  private final CopyOnWriteArrayList<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(Change change) {
    for (Consumer<Change> listener : listeners) {
      listener.accept(change);
    }
  }

  @Override
  public Runnable subscribe(Consumer<Change> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
