package dev.momosim.simulator.acceptance;

import dev.momosim.simulator.DefaultSubscriptionKeys;

/**
 * The three MoMo products as the acceptance tests see them: path prefix, default keys, payment
 * resource.
 */
enum Product {
  COLLECTION(
      "collection",
      DefaultSubscriptionKeys.COLLECTION_PRIMARY,
      DefaultSubscriptionKeys.COLLECTION_SECONDARY,
      "requesttopay",
      "payer"),
  DISBURSEMENT(
      "disbursement",
      DefaultSubscriptionKeys.DISBURSEMENT_PRIMARY,
      DefaultSubscriptionKeys.DISBURSEMENT_SECONDARY,
      "transfer",
      "payee"),
  REMITTANCE(
      "remittance",
      DefaultSubscriptionKeys.REMITTANCE_PRIMARY,
      DefaultSubscriptionKeys.REMITTANCE_SECONDARY,
      "transfer",
      "payee");

  final String path;
  final String primaryKey;
  final String secondaryKey;

  /** The creating resource of issue 2: requesttopay for collection, transfer for the other two. */
  final String paymentResource;

  /** The party field of that resource's body: payer for a request-to-pay, payee for a transfer. */
  final String partyField;

  Product(
      String path,
      String primaryKey,
      String secondaryKey,
      String paymentResource,
      String partyField) {
    this.path = path;
    this.primaryKey = primaryKey;
    this.secondaryKey = secondaryKey;
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
