package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.MomoClient;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoAuthenticationException;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API gateway's subscription-key check (§2, §11.1(2), §13.4): 401 in APIM's own shape. */
@Contract
class SubscriptionKeyContractTest extends ContractCase {

  private static final String WRONG_KEY = "0123456789abcdef0123456789abcdef";
  private static final String INVALID_KEY_MESSAGE =
      "Access denied due to invalid subscription key. "
          + "Make sure to provide a valid key for an active subscription.";

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void wrongSubscriptionKeyOnAProductCallIsUnauthorizedWithTheGatewayBody(Product product) {
    Map<String, String> headers =
        new HashMap<>(target.raw().productHeaders(product, target.credentials(product)));
    headers.put("Ocp-Apim-Subscription-Key", WRONG_KEY);

    RawResponse answer =
        target
            .raw()
            .send(HttpMethod.GET, product.pathPrefix() + "/v1_0/account/balance", headers, null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.keys()).containsExactly("statusCode", "message");
    assertThat(answer.json())
        .isEqualTo(new JsonObject().put("statusCode", 401).put("message", INVALID_KEY_MESSAGE));
  }

  @Test
  void anotherProductsSubscriptionKeyIsUnauthorized() {
    Map<String, String> headers =
        new HashMap<>(
            target
                .raw()
                .productHeaders(Product.DISBURSEMENT, target.credentials(Product.DISBURSEMENT)));
    headers.put("Ocp-Apim-Subscription-Key", target.subscriptionKey(Product.COLLECTION));

    RawResponse answer =
        target.raw().send(HttpMethod.GET, "/disbursement/v1_0/account/balance", headers, null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().getInteger("statusCode")).isEqualTo(401);
  }

  @Test
  void missingSubscriptionKeyIsUnauthorized() {
    Map<String, String> headers =
        new HashMap<>(
            target
                .raw()
                .productHeaders(Product.COLLECTION, target.credentials(Product.COLLECTION)));
    headers.remove("Ocp-Apim-Subscription-Key");

    RawResponse answer =
        target.raw().send(HttpMethod.GET, "/collection/v1_0/account/balance", headers, null);

    assertThat(answer.status()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void wrongSubscriptionKeyOnTheTokenEndpointIsUnauthorized(Product product) {
    ProductCredentials real = target.credentials(product);

    RawResponse answer =
        target
            .raw()
            .token(product, new ProductCredentials(WRONG_KEY, real.apiUser(), real.apiKey()));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().getString("message")).isEqualTo(INVALID_KEY_MESSAGE);
  }

  @Test
  void clientWithAWrongSubscriptionKeyFailsWithAnAuthenticationError() {
    ProductCredentials real = target.credentials(Product.COLLECTION);
    MomoClient wrong =
        target.newClient(
            builder ->
                builder.credentials(
                    Product.COLLECTION,
                    new ProductCredentials(WRONG_KEY, real.apiUser(), real.apiKey())));
    try {
      Throwable failure = Await.failure(wrong.collections().balance());

      assertThat(failure).isInstanceOf(MomoAuthenticationException.class);
      assertThat(((MomoApiException) failure).status()).isEqualTo(401);
    } finally {
      Await.result(wrong.close());
    }
  }

  @Test
  void provisioningWithAWrongSubscriptionKeyIsUnauthorized() {
    Throwable failure =
        Await.failure(
            target
                .client()
                .provisioning(WRONG_KEY)
                .createApiUser(target.callbackHost(), UUID.randomUUID().toString()));

    assertThat(failure).isInstanceOf(MomoAuthenticationException.class);
    assertThat(((MomoApiException) failure).status()).isEqualTo(401);
  }
}
