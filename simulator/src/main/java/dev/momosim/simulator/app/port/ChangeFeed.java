package dev.momosim.simulator.app.port;

import java.util.function.Consumer;

/**
 * Announces changes that were kept, to listeners in this process and (for shared stores) on every
 * other instance: the live event stream and the dashboard follow it. Listeners must return quickly
 * and never throw; they run on the thread that published (or the store's own).
 */
public interface ChangeFeed {
  void publish(Change change);

  /**
   * @return removes this listener
   */
  Runnable subscribe(Consumer<Change> listener);
}
