package dev.momosim.simulator.storage.postgres;

import static dev.momosim.simulator.storage.postgres.PgTestDatabase.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.TokenIssuer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PgTokensTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final TokenIssuer issuer = new TokenIssuer();
  private final ApiUser user =
      new ApiUser("8d4d4b6e-3c7a-4b83-9a4b-8f2d3c4e5f60", "localhost", Product.COLLECTION, "k");
  private final ApiUser other =
      new ApiUser("1d4d4b6e-3c7a-4b83-9a4b-8f2d3c4e5f61", "localhost", Product.COLLECTION, "k");

  private PgTestDatabase database;
  private PgTokens tokens;
  private PgTokens otherInstance;

  @BeforeEach
  void freshDatabase(Vertx vertx) {
    database = PgTestDatabase.create(vertx);
    tokens = new PgTokens(database.pool());
    otherInstance = new PgTokens(database.pool());
  }

  @AfterEach
  void closePools() {
    database.close();
  }

  @Test
  void findsATokenSavedByAnyInstanceByItsDigest() {
    TokenGrant token = issue(user, Product.COLLECTION);

    assertThat(await(otherInstance.find(token.tokenDigest()))).contains(token);
    assertThat(await(otherInstance.find("nope"))).isEmpty();
  }

  @Test
  void keepsOnlyTheNewestTokensOfAUserSoATokenLoopCannotExhaustTheDatabase() {
    TokenGrant first = issue(user, Product.COLLECTION);
    TokenGrant second = issue(user, Product.COLLECTION);
    TokenGrant last = second;
    for (int i = 1; i < PgTokens.MAX_LIVE_TOKENS_PER_USER; i++) {
      last = issue(user, Product.COLLECTION);
    }

    assertThat(await(tokens.find(first.tokenDigest()))).isEmpty();
    assertThat(await(tokens.find(second.tokenDigest()))).contains(second);
    assertThat(await(tokens.find(last.tokenDigest()))).contains(last);
    assertThat(await(tokens.all())).hasSize(PgTokens.MAX_LIVE_TOKENS_PER_USER);
  }

  @Test
  void countsTheCapPerUserAndProduct() {
    TokenGrant otherUsers = issue(other, Product.COLLECTION);
    TokenGrant otherProducts = issue(user, Product.DISBURSEMENT);
    for (int i = 0; i <= PgTokens.MAX_LIVE_TOKENS_PER_USER; i++) {
      issue(user, Product.COLLECTION);
    }

    assertThat(await(tokens.find(otherUsers.tokenDigest()))).contains(otherUsers);
    assertThat(await(tokens.find(otherProducts.tokenDigest()))).contains(otherProducts);
  }

  @Test
  void clearingForgetsEveryTokenAndSaysHowMany() {
    TokenGrant token = issue(user, Product.COLLECTION);
    issue(other, Product.COLLECTION);

    assertThat(await(otherInstance.clear())).isEqualTo(2);

    assertThat(await(tokens.find(token.tokenDigest()))).isEmpty();
    assertThat(await(tokens.clear())).isZero();
  }

  @Test
  void restoringReplacesEveryTokenAndListsEachOwnersOldestFirst() {
    issue(user, Product.COLLECTION);
    TokenGrant a1 = grant("a1", user);
    TokenGrant b1 = grant("b1", other);
    TokenGrant a2 = grant("a2", user);

    await(database.pool().withTransaction(tx -> tokens.restoreIn(tx, List.of(a1, b1, a2))));

    List<TokenGrant> all = await(otherInstance.all());
    assertThat(all).containsExactlyInAnyOrder(a1, a2, b1);
    assertThat(all.indexOf(a1)).isLessThan(all.indexOf(a2));
  }

  private TokenGrant grant(String digest, ApiUser owner) {
    return new TokenGrant(digest, owner.id(), Product.COLLECTION, NOW.plusSeconds(3600));
  }

  private TokenGrant issue(ApiUser owner, Product product) {
    TokenGrant token = issuer.issue(owner, product, NOW, Duration.ofHours(1)).grant();
    await(tokens.save(token));
    return token;
  }
}
