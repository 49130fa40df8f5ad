package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The credentials every product endpoint needs (issue 2 items 3 and 6, §2, §13.4): subscription
 * key, bearer token, {@code X-Target-Environment: sandbox}.
 */
@MomoSimulatorTest
class GatewayAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  GatewayAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  static List<Endpoint> endpoints() {
    return Endpoint.all();
  }

  static Stream<Arguments> endpointsWithForeignEnvironments() {
    return Endpoint.all().stream()
        .flatMap(
            e ->
                Stream.of(
                    Arguments.of(e, "mtnuganda"),
                    Arguments.of(e, "production"),
                    Arguments.of(e, "sandbox2")));
  }

  private ProductApi apiFor(Endpoint endpoint) {
    return sim.api(endpoint.product());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void answersTheGatewayMissingKeyBodyWithoutASubscriptionKey(Endpoint endpoint) {
    Reply reply = endpoint.on(apiFor(endpoint)).without("Ocp-Apim-Subscription-Key").send();

    Expect.missingKey(reply);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void answersTheGatewayInvalidKeyBodyForAnUnknownSubscriptionKey(Endpoint endpoint) {
    Reply reply =
        endpoint
            .on(apiFor(endpoint))
            .header("Ocp-Apim-Subscription-Key", "d484a1f0d34f4301916d0f2c9e9106a2")
            .send();

    Expect.invalidKey(reply);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void answersTheGatewayInvalidKeyBodyForAnotherProductsSubscriptionKey(Endpoint endpoint) {
    Reply reply =
        endpoint
            .on(apiFor(endpoint))
            .header("Ocp-Apim-Subscription-Key", endpoint.product().other().primaryKey)
            .send();

    Expect.invalidKey(reply);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void acceptsTheProductsSecondarySubscriptionKey(Endpoint endpoint) {
    Reply reply =
        endpoint
            .on(apiFor(endpoint))
            .header("Ocp-Apim-Subscription-Key", endpoint.product().secondaryKey)
            .send();

    // The status GET asks for an unknown reference: 404 proves the credentials passed.
    assertThat(reply.status()).as("%s", reply).isIn(200, 202, 404);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void rejectsAMissingBearerTokenWith401(Endpoint endpoint) {
    Reply reply = endpoint.on(apiFor(endpoint)).without("Authorization").send();

    Expect.unauthorized(reply);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void rejectsAnUnknownBearerTokenWith401(Endpoint endpoint) {
    Reply reply =
        endpoint
            .on(apiFor(endpoint))
            .header("Authorization", "Bearer not-a-token-we-issued")
            .send();

    Expect.unauthorized(reply);
  }

  @ParameterizedTest(name = "{0} with X-Target-Environment {1}")
  @MethodSource("endpointsWithForeignEnvironments")
  void rejectsAnyTargetEnvironmentButSandboxWithNotAllowedTargetEnvironment(
      Endpoint endpoint, String environment) {
    Reply reply = endpoint.on(apiFor(endpoint)).header("X-Target-Environment", environment).send();

    Expect.targetEnvironmentForbidden(reply);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void rejectsAMissingTargetEnvironmentWithNotAllowedTargetEnvironment(Endpoint endpoint) {
    Reply reply = endpoint.on(apiFor(endpoint)).without("X-Target-Environment").send();

    Expect.targetEnvironmentForbidden(reply);
  }

  @Test
  void createsNothingWhenTheTargetEnvironmentIsWrong() {
    ProductApi api = sim.api(Product.COLLECTION);
    String ref = SandboxSession.newReference();

    Expect.targetEnvironmentForbidden(
        api.createCall(ref, Payments.of(Product.COLLECTION, "10", "256774290781"))
            .header("X-Target-Environment", "mtnghana")
            .send());

    Expect.notFound(api.status(ref));
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void guardsTheTokenEndpointWithTheProductsSubscriptionKey(Product product) {
    SandboxSession.ApiUser user = sim.provision(product);

    Expect.missingKey(
        sim.tokenCall(product, product.primaryKey, user.basic())
            .without("Ocp-Apim-Subscription-Key")
            .send());
    Expect.invalidKey(
        sim.tokenCall(product, "ffffffffffffffffffffffffffffffff", user.basic()).send());
    Expect.invalidKey(sim.tokenCall(product, product.other().primaryKey, user.basic()).send());
    assertThat(sim.tokenCall(product, product.secondaryKey, user.basic()).send().status())
        .isEqualTo(200);
  }

  @Test
  void guardsProvisioningWithASubscriptionKey() {
    String id = SandboxSession.newReference();

    Expect.missingKey(sim.createUserCall(null, id, "a.example.com").send());
    Expect.invalidKey(
        sim.createUserCall("ffffffffffffffffffffffffffffffff", id, "a.example.com").send());
    Expect.missingKey(sim.get("/v1_0/apiuser/" + id).send());
    Expect.invalidKey(
        sim.get("/v1_0/apiuser/" + id).header("Ocp-Apim-Subscription-Key", "0123").send());
    Expect.missingKey(sim.createKeyCall(null, id).send());
    Expect.invalidKey(sim.createKeyCall("ffffffffffffffffffffffffffffffff", id).send());
    // nothing was created by the refused calls
    Expect.notFound(
        sim.get("/v1_0/apiuser/" + id)
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .send());
  }

  @Test
  void answersTheGatewayBodyBeforeLookingAtTheBearerToken() {
    Reply reply =
        sim.get("/collection/v1_0/account/balance")
            .header("Ocp-Apim-Subscription-Key", "ffffffffffffffffffffffffffffffff")
            .header("X-Target-Environment", "sandbox")
            .send();

    Expect.invalidKey(reply);
  }

  @Test
  void checksTheBearerTokenBeforeTheTargetEnvironment() {
    ProductApi api = sim.api(Product.COLLECTION);

    Reply reply =
        api.call(HttpMethod.GET, "/v1_0/account/balance")
            .header("Authorization", "Bearer nope")
            .header("X-Target-Environment", "mtnuganda")
            .send();

    Expect.unauthorized(reply);
  }

  @Test
  void acceptsTheSubscriptionKeyAsTheSubscriptionKeyQueryParameter() {
    ProductApi api = sim.api(Product.REMITTANCE);

    Reply reply =
        sim.get(
                "/remittance/v1_0/account/balance?subscription-key="
                    + Product.REMITTANCE.primaryKey)
            .header("Authorization", "Bearer " + api.token)
            .header("X-Target-Environment", "sandbox")
            .send();

    // §1: the specs declare the query parameter subscription-key as an alternative (apiKeyQuery).
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
  }

  private static final String PRIMARY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String SECONDARY = "aaaaaaaabbbbbbbbccccccccdddddddd";

  /** With its own pair of collection subscription keys. */
  @Nested
  @MomoSimulatorTest(
      config =
          "{\"subscriptionKeys\":{\"collection\":{\"primary\":\""
              + PRIMARY
              + "\",\"secondary\":\""
              + SECONDARY
              + "\"}}}")
  class ConfiguredCollectionKeys {
    @AutoClose private final SandboxSession sim;

    ConfiguredCollectionKeys(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void replacesTheDefaultKeysOfAProductWithConfiguredOnes() {
      SandboxSession.ApiUser user = sim.provision(PRIMARY, SandboxSession.CALLBACK_HOST);
      Reply token = sim.tokenCall(Product.COLLECTION, SECONDARY, user.basic()).send();
      assertThat(token.status()).as("%s", token).isEqualTo(200);
      ProductApi api =
          new ProductApi(
              sim, Product.COLLECTION, PRIMARY, token.json().getString("access_token"), user);

      assertThat(api.balance().status()).isEqualTo(200);
      Expect.invalidKey(
          sim.tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, user.basic()).send());
      Expect.invalidKey(
          api.call(HttpMethod.GET, "/v1_0/account/balance")
              .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
              .send());
      // the other products keep their defaults
      assertThat(sim.api(Product.DISBURSEMENT).balance().status()).isEqualTo(200);
    }
  }
}
