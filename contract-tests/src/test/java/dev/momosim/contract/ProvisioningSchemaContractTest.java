package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.product.Product;
import dev.momosim.contract.MtnSchemas.Violation;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.http.HttpMethod;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The provisioning API's answers, read raw, against MTN's published {@code ApiUserResult}, {@code
 * ApiUserKeyResult} and {@code ErrorReason}. The spec models {@code targetEnvironment} as an object
 * {@code {apiKey}}; the real sandbox sends the string {@code "sandbox"} (§3), and so does the
 * simulator: that one field is asserted as the deviation it is.
 */
@Contract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisioningSchemaContractTest extends ContractCase {

  private final MtnSchemas schemas = new MtnSchemas();

  @Test
  void apiUserReadConformsToMtnsSchemaExceptThatTargetEnvironmentIsAPlainStringAsOnTheSandbox() {
    RawResponse answer = send(HttpMethod.GET, "/v1_0/apiuser/" + newApiUser());

    assertThat(schemas.violations(MtnSchemas.PROVISIONING, "ApiUserResult", answer, 200))
        .extracting(Violation::at)
        .as("only targetEnvironment breaks the spec")
        .containsOnly("#/targetEnvironment");
    assertThat(answer.json().getValue("targetEnvironment"))
        .as("targetEnvironment (an object in MTN's spec)")
        .isEqualTo("sandbox");
  }

  @Test
  void apiKeyAnswerConformsToMtnsSchemaInFull() {
    RawResponse answer = send(HttpMethod.POST, "/v1_0/apiuser/" + newApiUser() + "/apikey");

    assertThat(schemas.violations(MtnSchemas.PROVISIONING, "ApiUserKeyResult", answer, 201))
        .isEmpty();
  }

  @Test
  void unknownApiUserErrorConformsToMtnsErrorReasonSchema() {
    RawResponse answer = send(HttpMethod.GET, "/v1_0/apiuser/" + UUID.randomUUID());

    assertThat(schemas.violations(MtnSchemas.PROVISIONING, "ErrorReason", answer, 404)).isEmpty();
    assertThat(answer.json().getString("code")).isEqualTo("RESOURCE_NOT_FOUND");
  }

  private String newApiUser() {
    return Await.result(
        target
            .client()
            .provisioning(target.subscriptionKey(Product.COLLECTION))
            .createApiUser(target.callbackHost()));
  }

  private RawResponse send(HttpMethod method, String path) {
    return target
        .raw()
        .send(
            method,
            path,
            Map.of("Ocp-Apim-Subscription-Key", target.subscriptionKey(Product.COLLECTION)),
            null);
  }
}
