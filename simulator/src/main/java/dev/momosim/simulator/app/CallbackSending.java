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

  /**
   * Stops sending. An attempt not yet sent (waiting for a connection or for its retry) is
   * journalled as not sent with the reason {@code simulator stopping}, and ends its delivery
   * ({@code NOT_SENT} unless an earlier attempt was sent); an attempt in flight is cut and ends its
   * delivery {@code FAILED}. Sends asked for later are journalled not sent at once.
   *
   * @return completes once every delivery under way has its final journal entry; never fails
   */
  Future<Void> close();
}
