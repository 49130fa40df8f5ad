package dev.momosim.simulator.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.momosim.simulator.domain.BcAuthorizeRequest;
import dev.momosim.simulator.domain.ConsentMode;
import java.time.Duration;

/**
 * Consent requests and their oauth2 tokens ({@code consent}, docs/api.md, "Consent and OAuth").
 *
 * @param mode AUTOMATIC (the account holder consents at once) or MANUAL (approve or reject from the
 *     control API or the payer phone), any case
 * @param intervalSeconds the {@code interval} a {@code bc-authorize} answers
 * @param expiresInSeconds how long an {@code auth_req_id} can be redeemed (its {@code expires_in})
 * @param tokenLifetimeSeconds how long an oauth2 access token works (its {@code expires_in})
 * @param validitySeconds how long a consent can be refreshed when {@code consent_valid_in} is not
 *     sent (the {@code refresh_token_expired_in})
 * @param userInfoFormat how {@code userinfo} writes {@code address} and {@code credit_score}
 */
public record ConsentSettings(
    ConsentMode mode,
    long intervalSeconds,
    long expiresInSeconds,
    long tokenLifetimeSeconds,
    long validitySeconds,
    UserInfoFormat userInfoFormat) {
  public ConsentSettings {
    Require.present(userInfoFormat, "consent.userInfoFormat");
    Require.present(mode, "consent.mode");
    Require.between(0, 3600, intervalSeconds, "consent.intervalSeconds");
    Require.between(
        1, BcAuthorizeRequest.MAX_CONSENT_SECONDS, expiresInSeconds, "consent.expiresInSeconds");
    Require.between(
        1,
        BcAuthorizeRequest.MAX_CONSENT_SECONDS,
        tokenLifetimeSeconds,
        "consent.tokenLifetimeSeconds");
    Require.between(
        1, BcAuthorizeRequest.MAX_CONSENT_SECONDS, validitySeconds, "consent.validitySeconds");
  }

  /** The values of {@code consent.userInfoFormat}. */
  public enum UserInfoFormat {
    /** As the real sandbox answered: {@code address} an object, {@code credit_score} a number. */
    @JsonProperty("sandbox")
    SANDBOX,
    /**
     * As MTN's schema declares them and MTN's Java SDK reads them: both strings ({@code address}
     * the formatted address).
     */
    @JsonProperty("schema")
    SCHEMA
  }

  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  public Duration expiresIn() {
    return Duration.ofSeconds(expiresInSeconds);
  }

  public Duration tokenLifetime() {
    return Duration.ofSeconds(tokenLifetimeSeconds);
  }

  public Duration validity() {
    return Duration.ofSeconds(validitySeconds);
  }
}
