package dev.momosim.simulator.app;

import static dev.momosim.simulator.app.Completed.failure;
import static dev.momosim.simulator.app.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.AccessToken;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {
  private static final String USER = "8d4d4b6e-3c7a-4b83-9a4b-8f2d3c4e5f60";

  private final InMemoryStore store = Fixtures.store();
  private final Time time = Fixtures.time(store);
  private final Provisioning provisioning = new Provisioning(store.apiUsers(), List.of());
  private final Access access =
      new Access(
          new Access.Settings(
              Map.of("collection-key", Product.COLLECTION),
              Set.of("sandbox"),
              false,
              Duration.ofHours(1)),
          provisioning,
          store.apiUsers(),
          store.tokens(),
          time);

  @Test
  void issuesATokenOnlyForTheUsersCurrentKey() {
    String key = user();

    assertThat(value(access.issueToken(USER, key, Product.COLLECTION))).isPresent();
    assertThat(value(access.issueToken(USER, "wrong", Product.COLLECTION))).isEmpty();
    assertThat(value(access.issueToken("unknown", key, Product.COLLECTION))).isEmpty();
  }

  @Test
  void aTokenAuthorizesItsUserOnItsProductUntilItExpires() {
    AccessToken token = token(user());

    assertThat(value(access.authorize(token.value(), Product.COLLECTION, "sandbox")).id())
        .isEqualTo(USER);
    value(time.advance(Duration.ofMinutes(59)));
    assertThat(value(access.authorize(token.value(), Product.COLLECTION, "sandbox")).id())
        .isEqualTo(USER);
    value(time.advance(Duration.ofMinutes(1)));
    assertThat(failure(access.authorize(token.value(), Product.COLLECTION, "sandbox")))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("expired");
  }

  @Test
  void refusesAMissingUnknownOrOtherProductsTokenWith401() {
    AccessToken token = token(user());

    assertThat(failure(access.authorize(null, Product.COLLECTION, "sandbox")))
        .hasMessageContaining("missing");
    assertThat(failure(access.authorize("nope", Product.COLLECTION, "sandbox")))
        .hasMessageContaining("invalid");
    assertThat(failure(access.authorize(token.value(), Product.DISBURSEMENT, "sandbox")))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("collection");
  }

  @Test
  void refusesAnotherTargetEnvironmentAfterTheToken() {
    AccessToken token = token(user());

    assertThat(failure(access.authorize(token.value(), Product.COLLECTION, "mtnuganda")))
        .isInstanceOfSatisfying(
            MomoException.class,
            e -> assertThat(e.code()).isEqualTo("NOT_ALLOWED_TARGET_ENVIRONMENT"));
    assertThat(failure(access.authorize("nope", Product.COLLECTION, "mtnuganda")))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void expiringATenantsTokensInvalidatesTheirsOnly() {
    AccessToken token = token(user());

    assertThat(value(access.expireTokens("default"))).isEqualTo(1);

    assertThat(failure(access.authorize(token.value(), Product.COLLECTION, "sandbox")))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("invalid");
    assertThat(value(access.expireTokens("another"))).isZero();
  }

  @Test
  void knowsTheProductOfEachConfiguredSubscriptionKey() {
    assertThat(access.productOfSubscriptionKey(" collection-key ")).contains(Product.COLLECTION);
    assertThat(access.productOfSubscriptionKey("other")).isEmpty();
  }

  private String user() {
    value(provisioning.createUser(USER, "localhost", Product.COLLECTION));
    return value(provisioning.issueKey(USER));
  }

  private AccessToken token(String key) {
    return value(access.issueToken(USER, key, Product.COLLECTION)).orElseThrow();
  }
}
