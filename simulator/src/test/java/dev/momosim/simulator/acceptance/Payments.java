package dev.momosim.simulator.acceptance;

import io.vertx.core.json.JsonObject;

/** Request bodies of §8: a RequestToPay (payer) for collection, a Transfer (payee) otherwise. */
final class Payments {
  private Payments() {}

  static JsonObject party(String type, String id) {
    return new JsonObject().put("partyIdType", type).put("partyId", id);
  }

  static JsonObject of(Product product, String amount, String msisdn) {
    return of(product, amount, party("MSISDN", msisdn));
  }

  static JsonObject of(Product product, String amount, JsonObject party) {
    return new JsonObject()
        .put("amount", amount)
        .put("currency", "EUR")
        .put("externalId", "ext-" + Integer.toHexString(party.hashCode()))
        .put(product.partyField, party)
        .put("payerMessage", "pay for order 42")
        .put("payeeNote", "order 42");
  }
}
