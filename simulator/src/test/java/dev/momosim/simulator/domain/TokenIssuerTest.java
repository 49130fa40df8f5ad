package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final TokenIssuer issuer = new TokenIssuer();
  private final ApiUser user =
      new ApiUser("8d4d4b6e-3c7a-4b83-9a4b-8f2d3c4e5f60", "localhost", Product.COLLECTION, "k");

  @Test
  void issuesAJwtShapedTokenWithMtnsClaims() {
    AccessToken token = issuer.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    String[] parts = token.value().split("\\.");
    assertThat(parts).hasSize(3);
    assertThat(decode(parts[0])).isEqualTo("{\"typ\":\"JWT\",\"alg\":\"R256\"}");
    assertThat(decode(parts[1]))
        .startsWith(
            "{\"clientId\":\""
                + user.id()
                + "\",\"expires\":\"2026-03-01T11:00:00.000\",\"sessionId\":\"");
    assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(token.apiUserId()).isEqualTo(user.id());
    assertThat(token.product()).isEqualTo(Product.COLLECTION);
  }

  @Test
  void issuesADifferentTokenEveryTime() {
    AccessToken first = issuer.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    AccessToken second = issuer.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));

    assertThat(second.value()).isNotEqualTo(first.value());
  }

  @Test
  void aTokenIsValidForItsProductUntilItExpires() {
    AccessToken issued = issuer.issue(user, Product.COLLECTION, NOW, Duration.ofHours(1));
    TokenGrant token = issued.grant();
    assertThat(TokenIssuer.verify(issued.value(), token, Product.COLLECTION, NOW.plusSeconds(3599)))
        .isEqualTo(token);
    assertThatThrownBy(
            () ->
                TokenIssuer.verify(
                    issued.value(), token, Product.COLLECTION, NOW.plusSeconds(3600)))
        .hasMessageContaining("expired");
    assertThatThrownBy(() -> TokenIssuer.verify(issued.value(), token, Product.DISBURSEMENT, NOW))
        .hasMessageContaining("collection");
  }

  @Test
  void refusesAnUnknownOrMissingTokenWith401() {
    assertThatThrownBy(() -> TokenIssuer.verify("nope", null, Product.COLLECTION, NOW))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("invalid");
    assertThatThrownBy(() -> TokenIssuer.verify(null, null, Product.COLLECTION, NOW))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> TokenIssuer.verify("", null, Product.COLLECTION, NOW))
        .hasMessageContaining("missing");
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }
}
