package dev.momosim.simulator.control;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** What the control API needs of callback delivery: its journal, and re-sending an entry. */
public interface CallbackLog {
  /** Journal entries, newest first. */
  JsonArray list();

  /**
   * Sends the entry's callback again; fails with a 404 {@link ControlException} for an unknown id.
   */
  Future<JsonObject> resend(String id);

  /** Forgets every entry (reset). */
  void clear();

  CallbackLog NONE =
      new CallbackLog() {
        @Override
        public JsonArray list() {
          return new JsonArray();
        }

        @Override
        public Future<JsonObject> resend(String id) {
          return Future.failedFuture(
              new ControlException(404, "RESOURCE_NOT_FOUND", "No callback " + id + "."));
        }

        @Override
        public void clear() {}
      };
}
