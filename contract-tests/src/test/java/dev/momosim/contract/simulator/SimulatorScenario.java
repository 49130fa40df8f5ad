package dev.momosim.contract.simulator;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.simulator.control.SimulatorControl;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Helpers of the simulator-only tests: rules scoped to one fresh party (so they cannot touch other
 * tests on a shared simulator), payments and status reads. One per test; not shared.
 */
final class SimulatorScenario {

  private final MomoTarget target;

  SimulatorScenario(MomoTarget target) {
    this.target = target;
  }

  SimulatorControl control() {
    return target.control();
  }

  /** Adds, in front of the others, one rule in the rule-file format matching only {@code party}. */
  void ruleFor(Party party, JsonObject outcome) {
    Await.result(
        control()
            .addRules(
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("name", "contract test rule for " + party.id())
                            .put("match", new JsonObject().put("partyId", party.id()))
                            .put("outcome", outcome))));
  }

  String requestToPay(Party payer, String amount) {
    return Await.result(
        target.client().collections().requestToPay(RequestToPay.of(amount, "EUR", payer)));
  }

  String requestToPay(Party payer, String amount, CreateOptions options) {
    return Await.result(
        target.client().collections().requestToPay(RequestToPay.of(amount, "EUR", payer), options));
  }

  Transaction status(String ref) {
    return Await.result(target.client().collections().status(ref));
  }

  Transaction awaitFinal(String ref) {
    return Await.result(
        target.client().collections().awaitFinal(ref, target.settleDeadline()),
        target.settleDeadline().plusSeconds(10));
  }
}
