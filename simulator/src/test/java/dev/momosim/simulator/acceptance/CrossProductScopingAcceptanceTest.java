package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An API user belongs to the product whose key provisioned it (§3, measured [KASI §8b]; issue 2
 * item 3): it gets a token from another product, but that product's operations answer 500
 * NOT_ALLOWED_TARGET_ENVIRONMENT, unless {@code apiUsers.scope} is {@code any-product}.
 */
@MomoSimulatorTest
class CrossProductScopingAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  CrossProductScopingAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  static Stream<Arguments> foreignProductEndpoints() {
    return Endpoint.all().stream()
        .flatMap(
            e ->
                Stream.of(Product.values())
                    .filter(owner -> owner != e.product())
                    .map(owner -> Arguments.of(owner, e)));
  }

  /** A user provisioned with {@code owner}'s key, holding a token of the endpoint's product. */
  private ProductApi foreignUser(Product owner, Product target) {
    SandboxSession.ApiUser user = sim.provision(owner.primaryKey, SandboxSession.CALLBACK_HOST);
    Reply token = sim.tokenCall(target, target.primaryKey, user.basic()).send();
    assertThat(token.status())
        .as("a %s user gets a %s token: %s", owner, target, token)
        .isEqualTo(200);
    return new ProductApi(
        sim, target, target.primaryKey, token.json().getString("access_token"), user);
  }

  @ParameterizedTest(name = "user of {0} on {1}")
  @MethodSource("foreignProductEndpoints")
  void answersNotAllowedTargetEnvironmentToAUserOfAnotherProduct(Product owner, Endpoint endpoint) {
    ProductApi api = foreignUser(owner, endpoint.product());

    Expect.targetEnvironmentForbidden(endpoint.on(api).send());
  }

  @Test
  void createsNothingForAUserOfAnotherProduct() {
    ProductApi api = foreignUser(Product.COLLECTION, Product.DISBURSEMENT);
    String ref = SandboxSession.newReference();

    Expect.targetEnvironmentForbidden(
        api.create(ref, Payments.of(Product.DISBURSEMENT, "10", "256774290781")));

    ProductApi owner = sim.api(Product.DISBURSEMENT);
    Expect.notFound(owner.status(ref));
    assertThat(owner.balanceAmount()).isEqualByComparingTo("1000000");
  }

  @Test
  void servesAUserProvisionedWithTheSecondaryKeyOnItsOwnProduct() {
    SandboxSession.ApiUser user =
        sim.provision(Product.REMITTANCE.secondaryKey, SandboxSession.CALLBACK_HOST);
    ProductApi api = sim.api(Product.REMITTANCE, user);

    String ref = api.pay("10", "256774290781");

    assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
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
    void servesAUserOnEveryProductWhenConfiguredForAnyProduct() {
      SandboxSession.ApiUser user =
          sim.provision(Product.COLLECTION.primaryKey, SandboxSession.CALLBACK_HOST);

      ProductApi disbursement = sim.api(Product.DISBURSEMENT, user);
      ProductApi remittance = sim.api(Product.REMITTANCE, user);
      ProductApi collection = sim.api(Product.COLLECTION, user);

      assertThat(disbursement.statusOf(disbursement.pay("10", "256774290781")).getString("status"))
          .isEqualTo("SUCCESSFUL");
      assertThat(remittance.statusOf(remittance.pay("10", "256774290781")).getString("status"))
          .isEqualTo("SUCCESSFUL");
      assertThat(collection.statusOf(collection.pay("10", "256774290781")).getString("status"))
          .isEqualTo("SUCCESSFUL");
      assertThat(disbursement.balanceAmount()).isEqualByComparingTo("999990");
      assertThat(disbursement.active("msisdn", "256774290781").json().getBoolean("result"))
          .isTrue();
    }
  }
}
