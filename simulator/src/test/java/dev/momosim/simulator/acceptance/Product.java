package dev.momosim.simulator.acceptance;

import dev.momosim.simulator.SimulatorConfig;
import java.util.List;
import java.util.Locale;

/**
 * The three MoMo products as the acceptance tests see them: path prefix, default keys (read from
 * the simulator's default configuration), payment resource.
 */
enum Product {
  COLLECTION("collection", "requesttopay", "payer"),
  DISBURSEMENT("disbursement", "transfer", "payee"),
  REMITTANCE("remittance", "transfer", "payee");

  final String path;
  final String primaryKey;
  final String secondaryKey;

  /** The creating resource of issue 2: requesttopay for collection, transfer for the other two. */
  final String paymentResource;

  /** The party field of that resource's body: payer for a request-to-pay, payee for a transfer. */
  final String partyField;

  Product(String path, String paymentResource, String partyField) {
    List<String> keys =
        SimulatorConfig.defaults()
            .subscriptionKeys(
                dev.momosim.simulator.domain.Product.valueOf(path.toUpperCase(Locale.ROOT)));
    this.path = path;
    this.primaryKey = keys.get(0);
    this.secondaryKey = keys.get(1);
    this.paymentResource = paymentResource;
    this.partyField = partyField;
  }

  /** {@code /collection/v1_0/requesttopay} and the like. */
  String paymentsPath() {
    return "/" + path + "/v1_0/" + paymentResource;
  }

  String tokenPath() {
    return "/" + path + "/token/";
  }

  /** Another product than this one, for wrong-product checks. */
  Product other() {
    return this == COLLECTION ? DISBURSEMENT : COLLECTION;
  }

  boolean isTransfer() {
    return this != COLLECTION;
  }
}
