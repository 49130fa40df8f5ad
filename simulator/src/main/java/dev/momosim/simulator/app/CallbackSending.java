package dev.momosim.simulator.app;

import dev.momosim.simulator.domain.CallbackDelivery;
import io.vertx.core.Future;

/** Sends a journalled callback delivery over the network (the outbound HTTP adapter). */
public interface CallbackSending {
  /**
   * Sends delivery {@code id} with the configured retries, journalling every attempt.
   *
   * @return the delivery's final entry; never fails for the receiver's sake, only when the entry
   *     left the journal before its sending started (once started, it is carried to the end)
   */
  Future<CallbackDelivery> send(String id);

  /** Stops sending; deliveries in flight end FAILED. */
  void close();
}
