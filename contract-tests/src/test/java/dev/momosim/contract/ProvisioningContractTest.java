package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.product.Product;
import dev.momosim.client.provisioning.ApiUser;
import dev.momosim.client.provisioning.Provisioning;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sandbox provisioning API (§3 P1-P3): create, duplicate, read, key. */
@Contract
class ProvisioningContractTest extends ContractCase {

  @Test
  void creatingAnApiUserAnswersCreatedWithAnEmptyBody() {
    RawResponse answer =
        target
            .raw()
            .send(
                HttpMethod.POST,
                "/v1_0/apiuser",
                Map.of(
                    "X-Reference-Id",
                    UUID.randomUUID().toString(),
                    "Ocp-Apim-Subscription-Key",
                    target.subscriptionKey(Product.COLLECTION)),
                new JsonObject().put("providerCallbackHost", target.callbackHost()));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.body()).isEmpty();
  }

  @ParameterizedTest(name = "{0} key")
  @EnumSource(Product.class)
  void createdApiUserCanBeReadBackWithItsCallbackHostAndTargetEnvironment(Product product) {
    Provisioning provisioning = provisioning(product);
    String user = Await.result(provisioning.createApiUser(target.callbackHost()));

    ApiUser read = Await.result(provisioning.apiUser(user));

    assertThat(read.providerCallbackHost()).isEqualTo(target.callbackHost());
    assertThat(read.targetEnvironment()).isEqualTo("sandbox");
  }

  @Test
  void apiUserReadAnswersExactlyCallbackHostAndTargetEnvironment() {
    String user =
        Await.result(provisioning(Product.COLLECTION).createApiUser(target.callbackHost()));

    RawResponse answer =
        target
            .raw()
            .send(
                HttpMethod.GET,
                "/v1_0/apiuser/" + user,
                Map.of("Ocp-Apim-Subscription-Key", target.subscriptionKey(Product.COLLECTION)),
                null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.keys()).containsExactly("providerCallbackHost", "targetEnvironment");
  }

  @Test
  void apiKeyIsThirtyTwoLowercaseHexDigitsAndANewOneEachTime() {
    Provisioning provisioning = provisioning(Product.COLLECTION);
    String user = Await.result(provisioning.createApiUser(target.callbackHost()));

    String first = Await.result(provisioning.createApiKey(user));
    String second = Await.result(provisioning.createApiKey(user));

    assertThat(first).matches("[0-9a-f]{32}");
    assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
  }

  @Test
  void apiKeyAnswerIsCreatedWithOnlyTheKey() {
    String user =
        Await.result(provisioning(Product.DISBURSEMENT).createApiUser(target.callbackHost()));

    RawResponse answer =
        target
            .raw()
            .send(
                HttpMethod.POST,
                "/v1_0/apiuser/" + user + "/apikey",
                Map.of("Ocp-Apim-Subscription-Key", target.subscriptionKey(Product.DISBURSEMENT)),
                null);

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.keys()).containsExactly("apiKey");
  }

  @Test
  void creatingTheSameApiUserTwiceIsAConflict() {
    Provisioning provisioning = provisioning(Product.COLLECTION);
    String id = UUID.randomUUID().toString();
    Await.result(provisioning.createApiUser(target.callbackHost(), id));

    Throwable again = Await.failure(provisioning.createApiUser(target.callbackHost(), id));

    assertThat(again).isInstanceOf(MomoConflictException.class);
    assertThat(((MomoApiException) again).status()).isEqualTo(409);
    assertThat(((MomoApiException) again).rawCode()).isEqualTo("RESOURCE_ALREADY_EXIST");
  }

  @Test
  void readingAnUnknownApiUserIsNotFound() {
    Throwable failure =
        Await.failure(provisioning(Product.COLLECTION).apiUser(UUID.randomUUID().toString()));

    assertThat(failure).isInstanceOf(MomoNotFoundException.class);
    assertThat(((MomoApiException) failure).rawCode()).isEqualTo("RESOURCE_NOT_FOUND");
  }

  @Test
  void creatingAKeyForAnUnknownApiUserIsNotFound() {
    Throwable failure =
        Await.failure(provisioning(Product.COLLECTION).createApiKey(UUID.randomUUID().toString()));

    assertThat(failure).isInstanceOf(MomoNotFoundException.class);
    assertThat(((MomoApiException) failure).status()).isEqualTo(404);
  }

  private Provisioning provisioning(Product product) {
    return target.client().provisioning(target.subscriptionKey(product));
  }
}
