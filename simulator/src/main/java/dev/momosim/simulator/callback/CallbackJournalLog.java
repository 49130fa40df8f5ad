package dev.momosim.simulator.callback;

import dev.momosim.simulator.control.CallbackLog;
import dev.momosim.simulator.control.ControlException;
import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The control API's view of the callback dispatcher: its journal as JSON, and re-sending. */
public final class CallbackJournalLog implements CallbackLog {
  private final CallbackDispatcher dispatcher;

  public CallbackJournalLog(CallbackDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public JsonArray list() {
    return new JsonArray(
        dispatcher.journal().list().stream().map(CallbackDelivery::toJson).toList());
  }

  @Override
  public Future<JsonObject> resend(String id) {
    return dispatcher
        .resend(id)
        .map(CallbackDelivery::toJson)
        .recover(
            failure ->
                Future.failedFuture(
                    failure instanceof MomoException momo
                        ? new ControlException(momo.status(), momo.code(), momo.getMessage())
                        : failure));
  }

  @Override
  public void clear() {
    dispatcher.journal().clear();
  }
}
