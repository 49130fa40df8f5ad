package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import dev.momosim.contract.MtnSchemas.Violation;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Consent and OAuth (§4 T2-T4), read raw, against MTN's {@code bcauthorizeResponse}, {@code
 * oauth2TokenResponse} and {@code consentkycResponse}: bc-authorize with the product's bearer
 * token, the CIBA grant with Basic credentials, userinfo with the oauth2 token. Where the real
 * sandbox's userinfo answers otherwise ({@code address} an object, {@code credit_score} a number,
 * §4 T4) the test pins the deviation to those fields.
 */
@Contract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentContractTest extends ContractCase {
  private static final String CIBA = "urn:openid:params:grant-type:ciba";

  private final MtnSchemas schemas = new MtnSchemas();

  private RawResponse authorize(Product product) {
    return target
        .raw()
        .postForm(
            product.pathPrefix() + "/v1_0/bc-authorize",
            target.raw().productHeaders(product, target.credentials(product)),
            "scope=profile&login_hint=ID:"
                + Parties.ORDINARY_MSISDN
                + "/MSISDN&access_type=offline");
  }

  private RawResponse token(Product product, String authReqId) {
    ProductCredentials credentials = target.credentials(product);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (credentials.apiUser() + ":" + credentials.apiKey())
                        .getBytes(StandardCharsets.UTF_8)));
    headers.put("Ocp-Apim-Subscription-Key", credentials.subscriptionKey());
    headers.put("X-Target-Environment", "sandbox");
    return target
        .raw()
        .postForm(
            product.pathPrefix() + "/oauth2/token/",
            headers,
            "grant_type=" + CIBA + "&auth_req_id=" + authReqId);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void bcAuthorizeConformsToMtnsBcauthorizeResponseInFull(Product product) {
    RawResponse answer = authorize(product);

    assertThat(schemas.violations(product, "bcauthorizeResponse", answer, 200)).isEmpty();
    assertThat(answer.keys()).containsExactly("auth_req_id", "interval", "expires_in");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void theCibaTokenConformsToMtnsOauth2TokenResponseInFull(Product product) {
    String authReqId = authorize(product).json().getString("auth_req_id");

    RawResponse answer = token(product, authReqId);

    assertThat(schemas.violations(product, "oauth2TokenResponse", answer, 200)).isEmpty();
    assertThat(answer.json().getString("access_token")).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void userInfoConformsToMtnsConsentkycResponseExceptAddressAndCreditScoreAsOnTheSandbox(
      Product product) {
    String authReqId = authorize(product).json().getString("auth_req_id");
    String oauth2 = token(product, authReqId).json().getString("access_token");
    Map<String, String> headers =
        new LinkedHashMap<>(target.raw().productHeaders(product, target.credentials(product)));
    headers.put("Authorization", "Bearer " + oauth2);

    RawResponse answer =
        target
            .raw()
            .send(HttpMethod.GET, product.pathPrefix() + "/oauth2/v1_0/userinfo", headers, null);

    assertThat(schemas.violations(product, "consentkycResponse", answer, 200))
        .extracting(Violation::at)
        .as("only address (an object) and credit_score (a number) break the spec")
        .containsOnly("#/address", "#/credit_score");
    assertThat(answer.json().getString("phone_number")).isNotBlank();
  }
}
