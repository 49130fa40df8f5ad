package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * Calls to one product's endpoints with a subscription key, a bearer token and {@code
 * X-Target-Environment: sandbox} already set; a test removes or replaces any of them.
 */
final class ProductApi {
  final SandboxSession session;
  final Product product;
  final String subscriptionKey;
  final String token;
  final SandboxSession.ApiUser user;

  ProductApi(
      SandboxSession session,
      Product product,
      String subscriptionKey,
      String token,
      SandboxSession.ApiUser user) {
    this.session = session;
    this.product = product;
    this.subscriptionKey = subscriptionKey;
    this.token = token;
    this.user = user;
  }

  /** A request to {@code /{product}{subPath}} carrying all three credentials. */
  HttpCall call(HttpMethod method, String subPath) {
    return session
        .call(method, "/" + product.path + subPath)
        .header("Ocp-Apim-Subscription-Key", subscriptionKey)
        .header("Authorization", "Bearer " + token)
        .header("X-Target-Environment", SandboxSession.SANDBOX);
  }

  SandboxSession.ApiUser user() {
    return user;
  }

  HttpCall createCall(String referenceId, JsonObject body) {
    return call(HttpMethod.POST, "/v1_0/" + product.paymentResource)
        .header("X-Reference-Id", referenceId)
        .json(body);
  }

  Reply create(String referenceId, JsonObject body) {
    return createCall(referenceId, body).send();
  }

  /**
   * Creates a payment under a fresh reference id, asserts 202 with an empty body, returns the id.
   */
  String pay(JsonObject body) {
    String ref = SandboxSession.newReference();
    Reply reply = create(ref, body);
    Expect.accepted(reply);
    return ref;
  }

  /**
   * Creates a payment of {@code amount} EUR to or from MSISDN {@code msisdn}; returns the reference
   * id.
   */
  String pay(String amount, String msisdn) {
    return pay(Payments.of(product, amount, msisdn));
  }

  HttpCall statusCall(String referenceId) {
    return call(HttpMethod.GET, "/v1_0/" + product.paymentResource + "/" + referenceId);
  }

  Reply status(String referenceId) {
    return statusCall(referenceId).send();
  }

  /** The status body; asserts 200 JSON. */
  JsonObject statusOf(String referenceId) {
    Reply reply = status(referenceId);
    assertThat(reply.status()).as("status of %s: %s", referenceId, reply).isEqualTo(200);
    return reply.json();
  }

  Reply balance() {
    return call(HttpMethod.GET, "/v1_0/account/balance").send();
  }

  Reply balance(String currency) {
    return call(HttpMethod.GET, "/v1_0/account/balance/" + currency).send();
  }

  /** The account's available balance; asserts 200 and currency EUR. */
  BigDecimal balanceAmount() {
    Reply reply = balance();
    assertThat(reply.status()).as("balance: %s", reply).isEqualTo(200);
    assertThat(reply.json().getString("currency")).isEqualTo("EUR");
    return new BigDecimal(reply.json().getString("availableBalance"));
  }

  Reply active(String type, String id) {
    return call(HttpMethod.GET, "/v1_0/accountholder/" + type + "/" + id + "/active").send();
  }

  Reply basicUserInfo(String type, String id) {
    return call(HttpMethod.GET, "/v1_0/accountholder/" + type + "/" + id + "/basicuserinfo").send();
  }
}
