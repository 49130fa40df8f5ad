package dev.momosim.client.provisioning;

import static dev.momosim.client.FakeMomo.empty;
import static dev.momosim.client.FakeMomo.inTurn;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.FakeMomo;
import dev.momosim.client.MomoClient;
import dev.momosim.client.TestClients;
import dev.momosim.client.exception.MomoAuthenticationException;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoNotFoundException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ProvisioningTest {

  private static final String USER = "c72025f5-5cd1-4630-99e4-8ba4722fad56";
  private FakeMomo momo;
  private Provisioning provisioning;

  @BeforeEach
  void start(Vertx vertx) {
    momo = await(FakeMomo.start(vertx));
    MomoClient client = MomoClient.builder().vertx(vertx).baseUrl(momo.baseUrl()).build();
    provisioning = client.provisioning(TestClients.COLLECTION_KEY);
  }

  private FakeMomo.Recorded first(HttpMethod method) {
    return momo.requests().stream().filter(r -> r.method() == method).findFirst().orElseThrow();
  }

  @Test
  void createsAnApiUserWithTheCallbackHostAndAGeneratedUuidV4() {
    momo.on(HttpMethod.POST, "/v1_0/apiuser", ctx -> empty(ctx, 201));
    String id = await(provisioning.createApiUser("merchant.example"));
    assertThat(UUID.fromString(id).version()).isEqualTo(4);
    FakeMomo.Recorded post = first(HttpMethod.POST);
    assertThat(post.header("X-Reference-Id")).isEqualTo(id);
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.COLLECTION_KEY);
    assertThat(post.header("Authorization")).isNull();
    assertThat(new JsonObject(post.body()))
        .isEqualTo(new JsonObject().put("providerCallbackHost", "merchant.example"));
    assertThat(momo.tokensIssued()).isZero();
  }

  @Test
  void usesTheCallersUserId() {
    momo.on(HttpMethod.POST, "/v1_0/apiuser", ctx -> empty(ctx, 201));
    assertThat(await(provisioning.createApiUser("merchant.example", USER))).isEqualTo(USER);
    assertThatThrownBy(() -> provisioning.createApiUser("merchant.example", "123"))
        .hasMessageContaining("UUID version 4");
  }

  @Test
  void readsAnApiUser() {
    momo.on(
        HttpMethod.GET,
        "/v1_0/apiuser/" + USER,
        ctx ->
            json(
                ctx,
                200,
                "{\"providerCallbackHost\":\"merchant.example\",\"targetEnvironment\":\"sandbox\"}"));
    assertThat(await(provisioning.apiUser(USER)))
        .isEqualTo(new ApiUser("merchant.example", "sandbox"));
  }

  @Test
  void createsAnApiKeyWithAnEmptyBody() {
    momo.on(
        HttpMethod.POST,
        "/v1_0/apiuser/" + USER + "/apikey",
        ctx -> json(ctx, 201, "{\"apiKey\":\"de4f4885c9a24c168127cf76e3277876\"}"));
    assertThat(await(provisioning.createApiKey(USER)))
        .isEqualTo("de4f4885c9a24c168127cf76e3277876");
    assertThat(first(HttpMethod.POST).header("Content-Length")).isEqualTo("0");
  }

  @Test
  void reportsAnUnknownUserAsNotFoundAndADuplicateAsConflict() {
    momo.on(
        HttpMethod.POST,
        "/v1_0/apiuser/" + USER + "/apikey",
        ctx ->
            json(
                ctx,
                404,
                "{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Requested resource was not found.\"}"));
    momo.on(
        HttpMethod.POST,
        "/v1_0/apiuser",
        ctx -> json(ctx, 409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}"));
    assertThat(awaitFailure(provisioning.createApiKey(USER)))
        .isInstanceOf(MomoNotFoundException.class);
    assertThat(awaitFailure(provisioning.createApiUser("merchant.example", USER)))
        .isInstanceOf(MomoConflictException.class);
  }

  @Test
  void confirmsA409AfterALostAnswerByReadingTheUser() {
    momo.on(
        HttpMethod.POST,
        "/v1_0/apiuser",
        inTurn(
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}")));
    momo.on(
        HttpMethod.GET,
        "/v1_0/apiuser/" + USER,
        ctx ->
            json(
                ctx,
                200,
                "{\"providerCallbackHost\":\"merchant.example\",\"targetEnvironment\":\"sandbox\"}"));
    assertThat(await(provisioning.createApiUser("merchant.example", USER))).isEqualTo(USER);
  }

  @Test
  void reportsAWrongSubscriptionKeyAsAuthenticationFailure() {
    momo.on(
        HttpMethod.POST,
        "/v1_0/apiuser",
        ctx ->
            json(
                ctx,
                401,
                "{ \"statusCode\": 401, \"message\":"
                    + " \"Access denied due to invalid subscription key.\" }"));
    assertThat(awaitFailure(provisioning.createApiUser("merchant.example")))
        .isInstanceOf(MomoAuthenticationException.class)
        .hasMessageContaining("invalid subscription key")
        .hasMessageNotContaining(TestClients.COLLECTION_KEY);
  }
}
