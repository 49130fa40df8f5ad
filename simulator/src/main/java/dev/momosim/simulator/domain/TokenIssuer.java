package dev.momosim.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * Makes access tokens that look like MTN's: a JWT with header {@code {"typ":"JWT","alg":"R256"}}
 * and claims {@code clientId}, {@code expires} (local time without a zone, as MTN writes it) and
 * {@code sessionId}, with a random signature. Thread-safe.
 */
public final class TokenIssuer {
  private static final DateTimeFormatter EXPIRES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final String HEADER =
      BASE64URL.encodeToString(
          "{\"typ\":\"JWT\",\"alg\":\"R256\"}".getBytes(StandardCharsets.UTF_8));

  private final SecureRandom random = new SecureRandom();

  public AccessToken issue(ApiUser user, Product product, Instant now, Duration lifetime) {
    Instant expiresAt = now.plus(lifetime);
    String claims =
        "{\"clientId\":\""
            + user.id()
            + "\",\"expires\":\""
            + EXPIRES.format(expiresAt)
            + "\",\"sessionId\":\""
            + UUID.randomUUID()
            + "\"}";
    byte[] signature = new byte[64];
    random.nextBytes(signature);
    String value =
        HEADER
            + "."
            + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
            + "."
            + BASE64URL.encodeToString(signature);
    return new AccessToken(value, user.id(), product, expiresAt);
  }

  /**
   * The token, if it is valid at {@code now} for this product.
   *
   * @param token what the store holds for the presented value's digest, or null when it holds
   *     nothing
   * @throws MomoException 401 UNAUTHORIZED saying whether it is missing, unknown, expired or for
   *     another product
   */
  public static TokenGrant verify(String value, TokenGrant token, Product product, Instant now) {
    if (value == null || value.isEmpty()) {
      throw MomoException.unauthorized(
          "Access token is missing: send Authorization: Bearer <token>.");
    }
    if (token == null) {
      throw MomoException.unauthorized("Access token is invalid.");
    }
    if (!now.isBefore(token.expiresAt())) {
      throw MomoException.unauthorized("Access token has expired.");
    }
    if (token.product() != product) {
      throw MomoException.unauthorized(
          "Access token was issued for the "
              + token.product().pathName()
              + " product, not "
              + product.pathName()
              + ".");
    }
    return token;
  }
}
