package dev.momosim.simulator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What is kept of the oauth2 token a consent was redeemed for ({@code POST
 * /{product}/oauth2/token/}): the {@link Secrets#digest} of the access token and of the refresh
 * token, never the tokens.
 *
 * @param authReqId the consent request it was redeemed from
 * @param refreshTokenDigest the digest of the refresh token, or null when none was issued ({@code
 *     access_type=online})
 * @param refreshExpiresAt until when the refresh token gives new access tokens, or null
 */
public record ConsentGrant(
    String authReqId,
    Product product,
    String apiUserId,
    LoginHint loginHint,
    String scope,
    String accessTokenDigest,
    Instant accessExpiresAt,
    String refreshTokenDigest,
    Instant refreshExpiresAt) {
  public ConsentGrant {
    Objects.requireNonNull(authReqId, "authReqId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(apiUserId, "apiUserId");
    Objects.requireNonNull(loginHint, "loginHint");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(accessTokenDigest, "accessTokenDigest");
    Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
  }

  /** The same consent with a new access token (a refresh). */
  public ConsentGrant withAccessToken(String digest, Instant expiresAt) {
    return new ConsentGrant(
        authReqId,
        product,
        apiUserId,
        loginHint,
        scope,
        digest,
        expiresAt,
        refreshTokenDigest,
        refreshExpiresAt);
  }
}
