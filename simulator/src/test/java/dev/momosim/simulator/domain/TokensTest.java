package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final Tokens tokens = new Tokens();
  private final ApiUser user =
      new ApiUser("8d4d4b6e-3c7a-4b83-9a4b-8f2d3c4e5f60", "localhost", Product.COLLECTION, "k");

  @Test
  void issuesAJwtShapedTokenWithMtnsClaims() {
    AccessToken token = tokens.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    String[] parts = token.value().split("\\.");
    assertThat(parts).hasSize(3);
    assertThat(decode(parts[0])).isEqualTo("{\"typ\":\"JWT\",\"alg\":\"R256\"}");
    assertThat(decode(parts[1]))
        .startsWith(
            "{\"clientId\":\""
                + user.id()
                + "\",\"expires\":\"2026-03-01T11:00:00.000\",\"sessionId\":\"");
    assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void aTokenIsValidForItsProductUntilItExpires() {
    AccessToken token = tokens.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    assertThat(tokens.verify(token.value(), Product.COLLECTION, NOW.plusSeconds(3599)))
        .isEqualTo(token);
    assertThatThrownBy(
            () -> tokens.verify(token.value(), Product.COLLECTION, NOW.plusSeconds(3600)))
        .hasMessageContaining("expired");
    assertThatThrownBy(() -> tokens.verify(token.value(), Product.DISBURSEMENT, NOW))
        .hasMessageContaining("collection");
    assertThatThrownBy(() -> tokens.verify("nope", Product.COLLECTION, NOW))
        .hasMessageContaining("invalid");
    assertThatThrownBy(() -> tokens.verify(null, Product.COLLECTION, NOW))
        .hasMessageContaining("missing");
  }

  @Test
  void keepsOnlyTheNewestTokensOfAUserSoATokenLoopCannotExhaustMemory() {
    AccessToken first = tokens.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    AccessToken last = first;
    for (int i = 0; i < Tokens.MAX_LIVE_TOKENS_PER_USER; i++) {
      last = tokens.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    }
    assertThatThrownBy(() -> tokens.verify(first.value(), Product.COLLECTION, NOW))
        .hasMessageContaining("invalid");
    assertThat(tokens.verify(last.value(), Product.COLLECTION, NOW)).isEqualTo(last);
  }

  @Test
  void expiringAllInvalidatesEveryToken() {
    AccessToken token = tokens.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    assertThat(tokens.expireAll()).isEqualTo(1);
    assertThatThrownBy(() -> tokens.verify(token.value(), Product.COLLECTION, NOW))
        .hasMessageContaining("invalid");
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }
}
