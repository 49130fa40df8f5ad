package dev.momosim.simulator.control;

import dev.momosim.simulator.app.port.StateImage;
import io.vertx.core.json.JsonObject;

/** How much an imported state holds, as {@code PUT /_sim/state} answers. */
public record StateSummary(int apiUsers, int transactions, int accounts, int rules, int callbacks) {
  static StateSummary of(StateImage image) {
    return new StateSummary(
        image.apiUsers().size(),
        image.transactions().size(),
        image.accounts().size(),
        image.rules().book().rules().size(),
        image.callbacks().size());
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("apiUsers", apiUsers)
        .put("transactions", transactions)
        .put("accounts", accounts)
        .put("rules", rules)
        .put("callbacks", callbacks);
  }

  static StateSummary fromJson(JsonObject json) {
    return new StateSummary(
        json.getInteger("apiUsers", 0),
        json.getInteger("transactions", 0),
        json.getInteger("accounts", 0),
        json.getInteger("rules", 0),
        json.getInteger("callbacks", 0));
  }
}
