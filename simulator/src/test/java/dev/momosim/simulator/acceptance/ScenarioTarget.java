package dev.momosim.simulator.acceptance;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

/**
 * A creating operation the scenario tests send: its product, the version of its POST, and its
 * status GET (always {@code v1_0}). The body is the product's request-to-pay or transfer body.
 */
enum ScenarioTarget {
  REQUEST_TO_PAY(Product.COLLECTION, "v1_0", "requesttopay"),
  TRANSFER(Product.DISBURSEMENT, "v1_0", "transfer"),
  DEPOSIT(Product.DISBURSEMENT, "v1_0", "deposit"),
  DEPOSIT_V2(Product.DISBURSEMENT, "v2_0", "deposit"),
  REQUEST_TO_WITHDRAW_V2(Product.COLLECTION, "v2_0", "requesttowithdraw"),
  REMITTANCE_TRANSFER(Product.REMITTANCE, "v1_0", "transfer");

  final Product product;
  final String version;
  final String operation;

  ScenarioTarget(Product product, String version, String operation) {
    this.product = product;
    this.version = version;
    this.operation = operation;
  }

  /** The creating POST of a payment of {@code amount} EUR with MSISDN {@code msisdn}. */
  HttpCall create(ProductApi api, String referenceId, String amount, String msisdn) {
    JsonObject body = Payments.of(product, amount, msisdn);
    return api.call(HttpMethod.POST, "/" + version + "/" + operation)
        .header("X-Reference-Id", referenceId)
        .json(body);
  }

  Reply status(ProductApi api, String referenceId) {
    return api.call(HttpMethod.GET, "/v1_0/" + operation + "/" + referenceId).send();
  }
}
