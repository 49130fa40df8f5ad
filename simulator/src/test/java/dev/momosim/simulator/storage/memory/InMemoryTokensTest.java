package dev.momosim.simulator.storage.memory;

import static dev.momosim.simulator.storage.memory.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.TokenIssuer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTokensTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final InMemoryTokens tokens = new InMemoryTokens();
  private final TokenIssuer issuer = new TokenIssuer();
  private final ApiUser user =
      new ApiUser("8d4d4b6e-3c7a-4b83-9a4b-8f2d3c4e5f60", "localhost", Product.COLLECTION, "k");
  private final ApiUser other =
      new ApiUser("1d4d4b6e-3c7a-4b83-9a4b-8f2d3c4e5f61", "localhost", Product.COLLECTION, "k");

  @Test
  void findsASavedTokenByItsDigest() {
    TokenGrant token = issue(user, Product.COLLECTION);

    assertThat(value(tokens.find(token.tokenDigest()))).contains(token);
    assertThat(value(tokens.find("nope"))).isEmpty();
  }

  @Test
  void keepsOnlyTheNewestTokensOfAUserSoATokenLoopCannotExhaustMemory() {
    TokenGrant first = issue(user, Product.COLLECTION);
    TokenGrant second = issue(user, Product.COLLECTION);
    TokenGrant last = second;
    for (int i = 1; i < InMemoryTokens.MAX_LIVE_TOKENS_PER_USER; i++) {
      last = issue(user, Product.COLLECTION);
    }

    assertThat(value(tokens.find(first.tokenDigest()))).isEmpty();
    assertThat(value(tokens.find(second.tokenDigest()))).contains(second);
    assertThat(value(tokens.find(last.tokenDigest()))).contains(last);
  }

  @Test
  void countsTheCapPerUserAndProduct() {
    TokenGrant otherUsers = issue(other, Product.COLLECTION);
    TokenGrant otherProducts = issue(user, Product.DISBURSEMENT);
    for (int i = 0; i <= InMemoryTokens.MAX_LIVE_TOKENS_PER_USER; i++) {
      issue(user, Product.COLLECTION);
    }

    assertThat(value(tokens.find(otherUsers.tokenDigest()))).contains(otherUsers);
    assertThat(value(tokens.find(otherProducts.tokenDigest()))).contains(otherProducts);
  }

  @Test
  void clearingForgetsEveryTokenAndSaysHowMany() {
    TokenGrant token = issue(user, Product.COLLECTION);
    issue(other, Product.COLLECTION);

    assertThat(value(tokens.clear())).isEqualTo(2);

    assertThat(value(tokens.find(token.tokenDigest()))).isEmpty();
    assertThat(value(tokens.clear())).isZero();
  }

  private TokenGrant issue(ApiUser owner, Product product) {
    TokenGrant token = issuer.issue(owner, product, NOW, Duration.ofHours(1)).grant();
    value(tokens.save(token));
    return token;
  }
}
