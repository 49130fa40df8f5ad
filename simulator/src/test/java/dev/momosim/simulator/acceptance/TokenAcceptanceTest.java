package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tokens, §4 and issue 2 item 5: issuing, credentials, expiry on the simulator's clock, product
 * scope.
 */
@MomoSimulatorTest
class TokenAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  TokenAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void issuesAnAccessTokenForValidBasicCredentials(Product product) {
    SandboxSession.ApiUser user = sim.provision(product);

    Reply reply = sim.tokenCall(product, product.primaryKey, user.basic()).send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    Expect.json(reply);
    JsonObject body = reply.json();
    assertThat(reply.keys()).containsExactly("access_token", "token_type", "expires_in");
    assertThat(body.getValue("token_type")).isEqualTo("access_token");
    assertThat(body.getValue("expires_in")).isEqualTo(3600);
    assertThat(body.getString("access_token")).isNotBlank();
  }

  @Test
  void issuesAJwtShapedTokenNamingTheApiUser() {
    SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);

    String token = sim.token(Product.COLLECTION, user);

    String[] parts = token.split("\\.", -1);
    assertThat(parts).as("three dot-separated segments: %s", token).hasSize(3);
    assertThat(parts[0]).matches("[A-Za-z0-9_-]+");
    assertThat(parts[1]).matches("[A-Za-z0-9_-]+");
    JsonObject header = new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(parts[0])));
    JsonObject payload = new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(parts[1])));
    assertThat(header.getString("typ")).isEqualTo("JWT");
    assertThat(payload.getString("clientId")).isEqualTo(user.id());
    assertThat(payload.getString("sessionId")).isNotBlank();
    assertThat(payload.getString("expires"))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");
  }

  @Test
  void issuesADistinctTokenOnEveryCallAndAllOfThemWork() {
    SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);

    ProductApi first = sim.api(Product.COLLECTION, user);
    ProductApi second = sim.api(Product.COLLECTION, user);

    assertThat(first.token).isNotEqualTo(second.token);
    assertThat(first.balance().status()).isEqualTo(200);
    assertThat(second.balance().status()).isEqualTo(200);
  }

  @Test
  void answersLoginFailedForAWrongApiKey() {
    SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);

    Reply reply =
        sim.tokenCall(
                Product.COLLECTION,
                Product.COLLECTION.primaryKey,
                SandboxSession.basic(user.id(), "00000000000000000000000000000000"))
            .send();

    Expect.loginFailed(reply);
  }

  @Test
  void answersLoginFailedForAnUnknownApiUser() {

    Reply reply =
        sim.tokenCall(
                Product.COLLECTION,
                Product.COLLECTION.primaryKey,
                SandboxSession.basic(
                    SandboxSession.newReference(), "de4f4885c9a24c168127cf76e3277876"))
            .send();

    Expect.loginFailed(reply);
  }

  @Test
  void answersLoginFailedForMalformedBasicCredentials() {

    Expect.loginFailed(
        sim.tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, "Basic !!!not-base64!!!")
            .send());
    Expect.loginFailed(
        sim.tokenCall(
                Product.COLLECTION,
                Product.COLLECTION.primaryKey,
                "Basic " + Base64.getEncoder().encodeToString("no-colon-here".getBytes()))
            .send());
  }

  @Test
  void answersLoginFailedWithoutBasicCredentials() {
    SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);

    // §16 (2): Basic credentials not valid -> token 500 login_failed.
    Expect.loginFailed(
        sim.tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, null).send());
    Expect.loginFailed(
        sim.tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, "Bearer " + user.apiKey())
            .send());
  }

  @Test
  void keepsATokenValidUntilItsLifetimeOnTheSimulatorClockAndRejectsItAfterwards() {
    sim.freezeClock();
    ProductApi api = sim.api(Product.COLLECTION);

    sim.advance(Duration.ofSeconds(3599));
    assertThat(api.balance().status()).as("one second before expiry").isEqualTo(200);

    sim.advance(Duration.ofSeconds(2));
    Expect.unauthorized(api.balance());
  }

  @Test
  void rejectsAnExpiredTokenOnEveryKindOfProductEndpoint() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    String ref = collection.pay("5", "256774290781");

    sim.advance(Duration.ofHours(1).plusSeconds(1));

    Expect.unauthorized(collection.status(ref));
    Expect.unauthorized(
        collection.create(
            SandboxSession.newReference(), Payments.of(Product.COLLECTION, "5", "256774290781")));
    Expect.unauthorized(collection.active("msisdn", "256774290781"));
    Expect.unauthorized(
        disbursement.create(
            SandboxSession.newReference(), Payments.of(Product.DISBURSEMENT, "5", "256774290781")));
  }

  @Test
  void issuesAWorkingTokenAgainAfterTheOldOneExpired() {
    ProductApi old = sim.api(Product.REMITTANCE);

    sim.advance(Duration.ofSeconds(3601));
    ProductApi fresh = sim.api(Product.REMITTANCE, old.user);

    Expect.unauthorized(old.balance());
    assertThat(fresh.balance().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void rejectsATokenOfAnotherProduct(Product product) {
    Product other = product.other();
    SandboxSession.ApiUser user = sim.provision(other);
    String otherToken = sim.token(other, user);

    ProductApi api = new ProductApi(sim, product, product.primaryKey, otherToken, user);

    Expect.unauthorized(api.balance());
  }

  @Test
  void rejectsAMissingOrUnknownBearerToken() {
    ProductApi api = sim.api(Product.COLLECTION);

    Expect.unauthorized(
        api.call(HttpMethod.GET, "/v1_0/account/balance").without("Authorization").send());
    Expect.unauthorized(
        api.call(HttpMethod.GET, "/v1_0/account/balance")
            .header("Authorization", "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSMjU2In0.e30.c2ln")
            .send());
    Expect.unauthorized(
        api.call(HttpMethod.GET, "/v1_0/account/balance").header("Authorization", "Bearer").send());
    Expect.unauthorized(
        api.call(HttpMethod.GET, "/v1_0/account/balance")
            .header("Authorization", api.user.basic())
            .send());
  }

  /** With {@code tokens.lifetimeSeconds} 60. */
  @Nested
  @MomoSimulatorTest(config = "{\"tokens\":{\"lifetimeSeconds\":60}}")
  class OneMinuteTokens {
    @AutoClose private final SandboxSession sim;

    OneMinuteTokens(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void honoursAConfiguredTokenLifetime() {
      sim.freezeClock();
      SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);

      Reply reply =
          sim.tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, user.basic()).send();
      assertThat(reply.json().getValue("expires_in")).isEqualTo(60);
      ProductApi api = sim.api(Product.COLLECTION, user);

      sim.advance(Duration.ofSeconds(59));
      assertThat(api.balance().status()).isEqualTo(200);
      sim.advance(Duration.ofSeconds(2));
      Expect.unauthorized(api.balance());
    }
  }

  /** With {@code apiUsers.scope} any-product. */
  @Nested
  @MomoSimulatorTest(config = "{\"apiUsers\":{\"scope\":\"any-product\"}}")
  class AnyProductScope {
    @AutoClose private final SandboxSession sim;

    AnyProductScope(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void rejectsATokenOfAnotherProductEvenWhenUsersWorkOnEveryProduct() {
      SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);
      String collectionToken = sim.token(Product.COLLECTION, user);

      ProductApi api =
          new ProductApi(
              sim, Product.DISBURSEMENT, Product.DISBURSEMENT.primaryKey, collectionToken, user);

      Expect.unauthorized(api.balance());
    }
  }
}
