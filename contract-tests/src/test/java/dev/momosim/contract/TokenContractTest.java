package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.MomoClient;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoAuthenticationException;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The token endpoint (§4 T1, §11.1(3), §13.4): the token's shape, and bad credentials. */
@Contract
class TokenContractTest extends ContractCase {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void tokenIsAJwtOfTypeAccessTokenValidForAnHour(Product product) {
    RawResponse answer = target.raw().token(product, target.credentials(product));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.keys()).containsExactly("access_token", "token_type", "expires_in");
    JsonObject token = answer.json();
    assertThat(token.getString("token_type")).isEqualTo("access_token");
    assertThat(token.getValue("expires_in")).isEqualTo(3600);
    String[] parts = token.getString("access_token").split("\\.");
    assertThat(parts).hasSize(3);
    JsonObject header = new JsonObject(decode(parts[0]));
    JsonObject claims = new JsonObject(decode(parts[1]));
    assertThat(header.getString("typ")).isEqualTo("JWT");
    assertThat(claims.fieldNames()).contains("clientId", "expires", "sessionId");
    assertThat(claims.getString("clientId")).isEqualTo(target.credentials(product).apiUser());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void wrongApiKeyFailsWithLoginFailedThroughTheClient(Product product) {
    ProductCredentials real = target.credentials(product);
    MomoClient wrong =
        target.newClient(
            builder ->
                builder.credentials(
                    product,
                    new ProductCredentials(
                        real.subscriptionKey(),
                        real.apiUser(),
                        "0123456789abcdef0123456789abcdef")));
    try {
      Throwable failure = Await.failure(wrong.product(product).balance());

      assertThat(failure).isInstanceOf(MomoAuthenticationException.class);
      MomoApiException refused = (MomoApiException) failure;
      assertThat(refused.status()).isEqualTo(500);
      assertThat(refused.rawCode()).isEqualTo("login_failed");
      assertThat(refused.reason()).isEqualTo(ErrorReason.LOGIN_FAILED);
    } finally {
      Await.result(wrong.close());
    }
  }

  @Test
  void unknownApiUserGetsLoginFailedAsAJsonErrorBody() {
    ProductCredentials unknown =
        new ProductCredentials(
            target.subscriptionKey(Product.COLLECTION),
            UUID.randomUUID().toString(),
            "0123456789abcdef0123456789abcdef");

    RawResponse answer = target.raw().token(Product.COLLECTION, unknown);

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.json()).isEqualTo(new JsonObject().put("error", "login_failed"));
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }
}
