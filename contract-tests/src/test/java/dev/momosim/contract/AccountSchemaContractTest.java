package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.product.Product;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.RawResponse;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens, balances, account holders and MoMo error bodies, read raw, against MTN's published
 * schemas ({@code TokenPost200ApplicationJsonResponse}, {@code Balance}, {@code
 * BasicUserInfoJsonResponse}, {@code BooleanResult}, {@code ErrorReason}). Here the sandbox and the
 * spec agree, so every body must conform in full.
 */
@Contract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSchemaContractTest extends ContractCase {

  private final MtnSchemas schemas = new MtnSchemas();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void tokenConformsToMtnsTokenSchema(Product product) {
    RawResponse answer = target.raw().token(product, target.credentials(product));

    assertThat(schemas.violations(product, "TokenPost200ApplicationJsonResponse", answer, 200))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void balanceConformsToMtnsBalanceSchema(Product product) {
    RawResponse answer = get(product, "/v1_0/account/balance");

    assertThat(schemas.violations(product, "Balance", answer, 200)).isEmpty();
  }

  @Test
  void basicUserInfoConformsToMtnsBasicUserInfoSchema() {
    RawResponse answer =
        get(
            Product.COLLECTION,
            "/v1_0/accountholder/msisdn/" + Parties.ORDINARY_MSISDN + "/basicuserinfo");

    assertThat(schemas.violations(Product.COLLECTION, "BasicUserInfoJsonResponse", answer, 200))
        .isEmpty();
  }

  /** The ordinary number, active, and the one §13.2(b) documents as not active. */
  static Stream<Arguments> activeAnswers() {
    SandboxNumbers.AccountHolder notActive = SandboxNumbers.read().accountHolder("NotActive");
    return Stream.of(
        Arguments.of(Parties.ORDINARY_MSISDN, true), Arguments.of(notActive.msisdn(), false));
  }

  @ParameterizedTest(name = "{0} active: {1}")
  @MethodSource("activeAnswers")
  void accountHolderActiveAnswerConformsToMtnsBooleanResultSchema(String msisdn, boolean active) {
    RawResponse answer =
        get(Product.COLLECTION, "/v1_0/accountholder/msisdn/" + msisdn + "/active");

    assertThat(schemas.violations(Product.COLLECTION, "BooleanResult", answer, 200)).isEmpty();
    assertThat(answer.json().getValue("result")).isEqualTo(active);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void notFoundErrorConformsToMtnsErrorReasonSchema(Product product) {
    RawResponse answer =
        target.raw().status(product, target.credentials(product), UUID.randomUUID().toString());

    assertThat(schemas.violations(product, "ErrorReason", answer, 404)).isEmpty();
    assertThat(answer.json().getString("code")).isEqualTo("RESOURCE_NOT_FOUND");
  }

  @Test
  void refusedCallbackHostErrorConformsToMtnsErrorReasonSchema() {
    Map<String, String> headers =
        new HashMap<>(
            target
                .raw()
                .productHeaders(Product.COLLECTION, target.credentials(Product.COLLECTION)));
    headers.put("X-Reference-Id", UUID.randomUUID().toString());
    headers.put("X-Callback-Url", "https://not-the-callback-host.example/momo");
    JsonObject payment =
        new JsonObject()
            .put("amount", "10")
            .put("currency", "EUR")
            .put("externalId", "schema")
            .put(
                "payer",
                new JsonObject()
                    .put("partyIdType", "MSISDN")
                    .put("partyId", Parties.ORDINARY_MSISDN));

    RawResponse answer =
        target.raw().send(HttpMethod.POST, "/collection/v1_0/requesttopay", headers, payment);

    assertThat(schemas.violations(Product.COLLECTION, "ErrorReason", answer, 500)).isEmpty();
    assertThat(answer.json().getString("code")).isEqualTo("INVALID_CALLBACK_URL_HOST");
  }

  private RawResponse get(Product product, String path) {
    return target
        .raw()
        .send(
            HttpMethod.GET,
            product.pathPrefix() + path,
            target.raw().productHeaders(product, target.credentials(product)),
            null);
  }
}
