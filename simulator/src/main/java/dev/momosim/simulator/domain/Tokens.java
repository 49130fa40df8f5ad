package dev.momosim.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Issues and checks access tokens. A token looks like MTN's: a JWT with header {@code
 * {"typ":"JWT","alg":"R256"}} and claims {@code clientId}, {@code expires} (local time without a
 * zone, as MTN writes it) and {@code sessionId}. Expiry is read on the simulator clock.
 * Thread-safe.
 */
public final class Tokens {
  private static final DateTimeFormatter EXPIRES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final String HEADER =
      BASE64URL.encodeToString(
          "{\"typ\":\"JWT\",\"alg\":\"R256\"}".getBytes(StandardCharsets.UTF_8));

  /**
   * Live tokens per API user and product; older ones are dropped so a token loop cannot exhaust
   * memory.
   */
  static final int MAX_LIVE_TOKENS_PER_USER = 100;

  private final ConcurrentHashMap<String, AccessToken> tokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ConcurrentLinkedDeque<String>> issuedByOwner =
      new ConcurrentHashMap<>();
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
    AccessToken token = new AccessToken(value, user.id(), product, expiresAt);
    tokens.put(value, token);
    ConcurrentLinkedDeque<String> issued =
        issuedByOwner.computeIfAbsent(
            user.id() + "/" + product, owner -> new ConcurrentLinkedDeque<>());
    issued.addLast(value);
    while (issued.size() > MAX_LIVE_TOKENS_PER_USER) {
      String oldest = issued.pollFirst();
      if (oldest != null) {
        tokens.remove(oldest);
      }
    }
    return token;
  }

  /**
   * The token behind an {@code Authorization: Bearer} value, if it is valid now for this product.
   *
   * @throws MomoException 401 UNAUTHORIZED saying whether it is missing, unknown, expired or for
   *     another product
   */
  public AccessToken verify(String value, Product product, Instant now) {
    if (value == null || value.isEmpty()) {
      throw MomoException.unauthorized(
          "Access token is missing: send Authorization: Bearer <token>.");
    }
    AccessToken token = tokens.get(value);
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

  /** Makes every issued token invalid, as if all had expired. */
  public int expireAll() {
    int count = tokens.size();
    tokens.clear();
    issuedByOwner.clear();
    return count;
  }
}
