package dev.momosim.client.model;

import java.time.Duration;

/**
 * An OAuth2 token granted with the account holder's consent ({@code oauth2/token/}), for {@code
 * userInfo}. {@link #toString()} hides both tokens. Immutable and thread-safe.
 *
 * @param accessToken the bearer token
 * @param tokenType the type MoMo names, e.g. {@code Bearer}
 * @param expiresIn its lifetime
 * @param scope the scope granted, or {@code null}
 * @param refreshToken the refresh token (offline access), or {@code null}
 * @param refreshTokenExpiresIn the refresh token's lifetime, or {@code null}
 */
public record ConsentToken(
    String accessToken,
    String tokenType,
    Duration expiresIn,
    String scope,
    String refreshToken,
    Duration refreshTokenExpiresIn) {

  public ConsentToken {
    Checks.notBlank(accessToken, "access_token");
  }

  @Override
  public String toString() {
    return "ConsentToken[accessToken=***, tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + ", scope="
        + scope
        + ", refreshToken="
        + (refreshToken == null ? null : "***")
        + ", refreshTokenExpiresIn="
        + refreshTokenExpiresIn
        + "]";
  }
}
