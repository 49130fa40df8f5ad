package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Consents;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.LoginHint;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** The bodies of the consent operations, in the key order MTN's examples and sandbox use. */
final class ConsentJson {
  /**
   * The account holder of the real sandbox's userinfo answer (momo-api.md §4 T4, MTN's notebook
   * cell 46): every number gives it there.
   */
  private static final String SANDBOX_PHONE = "46123456789";

  private static final String SANDBOX_EMAIL = "email@domain.test";

  private ConsentJson() {}

  /** {@code bcauthorizeResponse}. */
  static JsonObject authorized(ConsentRequest request, Consents.Settings settings) {
    return new JsonObject()
        .put("auth_req_id", request.authReqId())
        .put("interval", settings.interval().toSeconds())
        .put("expires_in", Duration.between(request.createdAt(), request.expiresAt()).toSeconds());
  }

  /**
   * {@code oauth2TokenResponse}; without the refresh fields when none was issued ({@code
   * access_type=online}).
   */
  static JsonObject token(Consents.Issued issued) {
    ConsentGrant grant = issued.grant();
    Instant now = issued.at();
    JsonObject body =
        new JsonObject()
            .put("access_token", issued.accessToken())
            .put("token_type", "Bearer")
            .put("expires_in", Duration.between(now, grant.accessExpiresAt()).toSeconds())
            .put("scope", grant.scope());
    if (issued.refreshToken() != null) {
      body.put("refresh_token", issued.refreshToken())
          .put(
              "refresh_token_expired_in",
              Math.max(0, Duration.between(now, grant.refreshExpiresAt()).toSeconds()));
    }
    return body;
  }

  /**
   * {@code consentkycResponse}: the real sandbox's answer (with {@code address} an object and
   * {@code credit_score} a number, as it sends them), with the consenting holder's number as {@code
   * phone_number} (or e-mail as {@code email}) so a test can tell holders apart; with {@code
   * asDeclared}, {@code address} and {@code credit_score} as the strings MTN's schema declares.
   */
  static JsonObject userInfo(ConsentGrant grant, boolean asDeclared) {
    JsonObject info = userInfo(grant);
    if (asDeclared) {
      info.put("address", info.getJsonObject("address").getString("formatted"))
          .put("credit_score", String.valueOf(info.getValue("credit_score")));
    }
    return info;
  }

  private static JsonObject userInfo(ConsentGrant grant) {
    LoginHint holder = grant.loginHint();
    return new JsonObject()
        .put("sub", "0")
        .put("name", "Sand Box")
        .put("given_name", "Sand")
        .put("family_name", "Box")
        .put("birthdate", "1976-08-13")
        .put("locale", "sv_SE")
        .put("status", "ACTIVE")
        .put("gender", "MALE")
        .put("email", holder.idType().equals("EMAIL") ? holder.id() : SANDBOX_EMAIL)
        .put("email_verified", true)
        .put("phone_number", holder.idType().equals("MSISDN") ? holder.id() : SANDBOX_PHONE)
        .put("phone_number_verified", true)
        .put(
            "address",
            new JsonObject()
                .put("formatted", "Street 17\n123 45 Karlskrona\nBlekinge\nSweden")
                .put("street_address", "Street 17")
                .put("postal_code", "123 45")
                .put("locality", "Karlskrona")
                .put("region", "Blekinge")
                .put("country", "Sweden"))
        .put("updated_at", 1731242938)
        .put("credit_score", 123)
        .put("active", true)
        .put("country_of_birth", "Sweden")
        .put("region_of_birth", "Blekinge")
        .put("city_of_birth", "Karlskrona")
        .put("occupation", "Manager")
        .put("employer_name", "Ericsson")
        .put("identification_type", "PASS")
        .put("identification_value", "S1234567");
  }
}
