package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Consent and OAuth with the default automatic consent (§4 T2-T4, issue 20 point 4): bc-authorize,
 * the CIBA token, userinfo, refresh, and every refusal.
 */
@MomoSimulatorTest
class ConsentAcceptanceTest {
  private static final String HOLDER = "46733123450";

  @AutoClose private final SandboxSession session;

  ConsentAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  private ConsentApi consent(Product product) {
    return new ConsentApi(session.api(product));
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void aConsentGivenAtOnceIsRedeemedForATokenThatReadsTheHoldersKyc(Product product) {
    ConsentApi consent = consent(product);

    Reply authorized =
        consent
            .authorizeCall("scope=all_info&login_hint=ID:" + HOLDER + "/MSISDN&access_type=offline")
            .send();
    assertThat(authorized.status()).as("%s", authorized).isEqualTo(200);
    assertThat(authorized.keys()).containsExactly("auth_req_id", "interval", "expires_in");
    assertThat(authorized.json().getString("auth_req_id"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(authorized.json().getValue("interval")).isEqualTo(5);
    assertThat(authorized.json().getValue("expires_in")).isEqualTo(600);

    Reply token = consent.redeem(authorized.json().getString("auth_req_id"));
    assertThat(token.status()).as("%s", token).isEqualTo(200);
    assertThat(token.header("Cache-Control")).isEqualTo("no-store");
    assertThat(token.keys())
        .containsExactly(
            "access_token",
            "token_type",
            "expires_in",
            "scope",
            "refresh_token",
            "refresh_token_expired_in");
    JsonObject body = token.json();
    assertThat(body.getString("token_type")).isEqualTo("Bearer");
    assertThat(body.getValue("expires_in")).isEqualTo(3600);
    assertThat(body.getString("scope")).isEqualTo("all_info");
    assertThat(body.getString("refresh_token"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(body.getValue("refresh_token_expired_in")).isEqualTo(2592000);

    Reply info = consent.userInfo(body.getString("access_token"));
    assertThat(info.status()).as("%s", info).isEqualTo(200);
    assertThat(info.keys()).startsWith("sub", "name", "given_name", "family_name", "birthdate");
    assertThat(info.json().getString("phone_number")).isEqualTo(HOLDER);
    assertThat(info.json().getString("name")).isEqualTo("Sand Box");
    assertThat(info.json().getJsonObject("address").getString("country")).isEqualTo("Sweden");
    assertThat(info.json().getValue("credit_score")).isEqualTo(123);
  }

  @Test
  void bcAuthorizeAlsoTakesBasicCredentialsAsTheDisbursementSpecSays() {
    ProductApi api = session.api(Product.DISBURSEMENT);
    ConsentApi consent = new ConsentApi(api);

    Reply reply =
        consent
            .authorizeCall("login_hint=ID:" + HOLDER + "/MSISDN&scope=profile")
            .header("Authorization", api.user.basic())
            .send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(consent.token(reply.json().getString("auth_req_id")).getString("access_token"))
        .isNotBlank();
  }

  @Test
  void bcAuthorizeRefusesWrongBasicCredentialsAndAMissingTokenWith401() {
    ConsentApi consent = consent(Product.COLLECTION);
    String form = "login_hint=ID:" + HOLDER + "/MSISDN&scope=profile";

    Expect.unauthorized(
        consent
            .authorizeCall(form)
            .header(
                "Authorization",
                SandboxSession.basic(consent.api.user.id(), "00000000000000000000000000000000"))
            .send());
    Expect.unauthorized(consent.authorizeCall(form).without("Authorization").send());
    Expect.unauthorized(
        consent.authorizeCall(form).header("Authorization", "Bearer not-a-token").send());
  }

  @Test
  void bcAuthorizeNeedsTheSubscriptionKeyAndTheTargetEnvironment() {
    ConsentApi consent = consent(Product.COLLECTION);
    String form = "login_hint=ID:" + HOLDER + "/MSISDN&scope=profile";

    Expect.invalidKey(
        consent.authorizeCall(form).header("Ocp-Apim-Subscription-Key", "wrong").send());
    Expect.targetEnvironmentForbidden(
        consent.authorizeCall(form).without("X-Target-Environment").send());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "scope=profile|login_hint",
        "login_hint=46733123450&scope=profile|login_hint",
        "login_hint=ID:46733123450/PHONE&scope=profile|login_hint",
        "login_hint=ID:4673x/MSISDN&scope=profile|login_hint",
        "login_hint=ID:46733123450/MSISDN|scope",
        "login_hint=ID:46733123450/MSISDN&scope=|scope",
        "login_hint=ID:46733123450/MSISDN&scope=profile&access_type=forever|access_type",
        "login_hint=ID:46733123450/MSISDN&scope=profile&consent_valid_in=soon|consent_valid_in",
        "login_hint=ID:46733123450/MSISDN&scope=profile&consent_valid_in=0|consent_valid_in",
        "login_hint=ID:46733123450/MSISDN&scope=profile&scope_instruction=%25%25|scope_instruction",
        "{\"login_hint\":\"ID:46733123450/MSISDN\"}|form"
      })
  void bcAuthorizeRefusesAMissingOrMalformedFieldWith400NamingIt(String formAndField) {
    String[] parts = formAndField.split("\\|");

    Expect.badRequest(consent(Product.COLLECTION).authorizeCall(parts[0]).send(), parts[1]);
  }

  @Test
  void bcAuthorizeAcceptsTheOtherPartyIdTypesAndConsentValidIn() {
    ConsentApi consent = consent(Product.REMITTANCE);

    String byEmail =
        consent.authorize(
            "login_hint=ID:holder%40example.com/EMAIL&scope=openid%20profile&consent_valid_in=120");
    JsonObject token = consent.token(byEmail);

    assertThat(token.getValue("refresh_token_expired_in")).isEqualTo(120);
    assertThat(token.getString("scope")).isEqualTo("openid profile");
    assertThat(consent.userInfo(token.getString("access_token")).json().getString("email"))
        .isEqualTo("holder@example.com");
  }

  @Test
  void anOnlineConsentGivesNoRefreshToken() {
    ConsentApi consent = consent(Product.COLLECTION);

    JsonObject token =
        consent.token(
            consent.authorize(
                "login_hint=ID:" + HOLDER + "/MSISDN&scope=profile&access_type=online"));

    assertThat(token.fieldNames())
        .containsExactly("access_token", "token_type", "expires_in", "scope");
  }

  @Test
  void anAuthReqIdIsRedeemedOnlyOnce() {
    ConsentApi consent = consent(Product.COLLECTION);
    String authReqId = consent.authorizeFor(HOLDER);
    consent.token(authReqId);

    assertThat(ConsentApi.oauthError(consent.redeem(authReqId))).isEqualTo("invalid_grant");
  }

  @Test
  void anUnknownOrAnotherUsersOrAnotherProductsAuthReqIdIsAnInvalidGrant() {
    ConsentApi mine = consent(Product.COLLECTION);
    ConsentApi someoneElse = consent(Product.COLLECTION);
    ConsentApi otherProduct = consent(Product.DISBURSEMENT);
    String authReqId = mine.authorizeFor(HOLDER);

    assertThat(ConsentApi.oauthError(mine.redeem(SandboxSession.newReference())))
        .isEqualTo("invalid_grant");
    assertThat(ConsentApi.oauthError(someoneElse.redeem(authReqId))).isEqualTo("invalid_grant");
    assertThat(ConsentApi.oauthError(otherProduct.redeem(authReqId))).isEqualTo("invalid_grant");
    assertThat(mine.token(authReqId).getString("access_token")).isNotBlank();
  }

  @Test
  void theTokenEndpointRefusesBadCredentialsWithLoginFailed() {
    ConsentApi consent = consent(Product.COLLECTION);
    String authReqId = consent.authorizeFor(HOLDER);

    Expect.loginFailed(
        consent
            .tokenCall("grant_type=" + ConsentApi.CIBA + "&auth_req_id=" + authReqId)
            .header(
                "Authorization",
                SandboxSession.basic(consent.api.user.id(), "00000000000000000000000000000000"))
            .send());
    Expect.loginFailed(
        consent
            .tokenCall("grant_type=" + ConsentApi.CIBA + "&auth_req_id=" + authReqId)
            .without("Authorization")
            .send());
  }

  @Test
  void theTokenEndpointRefusesAnUnsupportedGrantOrAMissingField() {
    ConsentApi consent = consent(Product.COLLECTION);

    assertThat(ConsentApi.oauthError(consent.tokenCall("grant_type=client_credentials").send()))
        .isEqualTo("unsupported_grant_type");
    assertThat(ConsentApi.oauthError(consent.tokenCall("auth_req_id=x").send()))
        .isEqualTo("invalid_request");
    Reply noId = consent.tokenCall("grant_type=" + ConsentApi.CIBA).send();
    assertThat(ConsentApi.oauthError(noId)).isEqualTo("invalid_request");
    assertThat(noId.json().getString("error_description")).contains("auth_req_id");
    assertThat(ConsentApi.oauthError(consent.tokenCall("grant_type=refresh_token").send()))
        .isEqualTo("invalid_request");
  }

  @Test
  void aRefreshTokenGivesANewAccessTokenAndRetiresTheOldOne() {
    ConsentApi consent = consent(Product.COLLECTION);
    JsonObject first = consent.token(consent.authorizeFor(HOLDER));
    session.advance(Duration.ofSeconds(100));

    Reply refreshed = consent.refresh(first.getString("refresh_token"));

    assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
    JsonObject second = refreshed.json();
    assertThat(second.getString("access_token")).isNotEqualTo(first.getString("access_token"));
    assertThat(second.getString("refresh_token")).isEqualTo(first.getString("refresh_token"));
    assertThat(second.getLong("refresh_token_expired_in")).isBetween(2591890L, 2591900L);
    Expect.unauthorized(consent.userInfo(first.getString("access_token")));
    assertThat(consent.userInfo(second.getString("access_token")).status()).isEqualTo(200);
  }

  @Test
  void aRefreshTokenPastTheConsentsValidityOrOfAnotherUserIsAnInvalidGrant() {
    ConsentApi consent = consent(Product.COLLECTION);
    ConsentApi someoneElse = consent(Product.COLLECTION);
    JsonObject token =
        consent.token(
            consent.authorize(
                "login_hint=ID:" + HOLDER + "/MSISDN&scope=profile&consent_valid_in=60"));

    assertThat(ConsentApi.oauthError(someoneElse.refresh(token.getString("refresh_token"))))
        .isEqualTo("invalid_grant");
    assertThat(ConsentApi.oauthError(consent.refresh(SandboxSession.newReference())))
        .isEqualTo("invalid_grant");
    session.advance(Duration.ofSeconds(60));
    assertThat(ConsentApi.oauthError(consent.refresh(token.getString("refresh_token"))))
        .isEqualTo("invalid_grant");
  }

  @Test
  void anOauth2AccessTokenExpiresOnTheSimulatorClock() {
    ConsentApi consent = consent(Product.COLLECTION);
    String token = consent.token(consent.authorizeFor(HOLDER)).getString("access_token");
    session.advance(Duration.ofSeconds(3599));
    assertThat(consent.userInfo(token).status()).isEqualTo(200);

    session.advance(Duration.ofSeconds(1));

    Expect.unauthorized(consent.userInfo(token));
  }

  @Test
  void userInfoRefusesAnOrdinaryAccessTokenAndTheApiRefusesAnOauth2Token() {
    ConsentApi consent = consent(Product.COLLECTION);
    String oauth2 = consent.token(consent.authorizeFor(HOLDER)).getString("access_token");

    Expect.unauthorized(consent.userInfo(consent.api.token));
    Expect.unauthorized(consent.userInfoCall(oauth2).without("Authorization").send());
    Expect.unauthorized(
        consent
            .api
            .call(HttpMethod.GET, "/v1_0/account/balance")
            .header("Authorization", "Bearer " + oauth2)
            .send());
  }

  @Test
  void userInfoRefusesAnotherProductsTokenAndNeedsTheTargetEnvironment() {
    ConsentApi collection = consent(Product.COLLECTION);
    ConsentApi disbursement = consent(Product.DISBURSEMENT);
    String token = collection.token(collection.authorizeFor(HOLDER)).getString("access_token");

    Expect.unauthorized(disbursement.userInfo(token));
    Expect.targetEnvironmentForbidden(
        collection.userInfoCall(token).without("X-Target-Environment").send());
  }

  @Test
  void theRequestJournalShowsTheConsentOperationsWithoutTheirSecrets() {
    ConsentApi consent = consent(Product.COLLECTION);
    String authReqId = consent.authorizeFor(HOLDER);
    String token = consent.token(authReqId).getString("access_token");
    consent.userInfo(token);

    JsonObject journal = session.get("/_sim/requests?product=collection").send().json();
    String text = journal.encode();
    assertThat(text)
        .contains("/collection/v1_0/bc-authorize")
        .contains("/collection/oauth2/token/")
        .contains("/collection/oauth2/v1_0/userinfo")
        .doesNotContain(authReqId)
        .doesNotContain(token);
  }

  @Test
  void aResetForgetsConsentsAndTheirTokens() {
    ConsentApi consent = consent(Product.COLLECTION);
    String token = consent.token(consent.authorizeFor(HOLDER)).getString("access_token");
    assertThat(SandboxSession.await(session.control().consents())).isNotEmpty();

    SandboxSession.await(session.control().reset());

    assertThat(SandboxSession.await(session.control().consents())).isEmpty();
    ConsentApi again = consent(Product.COLLECTION);
    Expect.unauthorized(again.userInfo(token));
  }

  /** With userinfo written as MTN's schema declares it. */
  @Nested
  @MomoSimulatorTest(config = "{\"consent\":{\"userInfoFormat\":\"schema\"}}")
  class UserInfoAsDeclared {
    @AutoClose private final SandboxSession session;

    UserInfoAsDeclared(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void addressAndCreditScoreAreStrings() {
      ConsentApi consent = new ConsentApi(session.api(Product.COLLECTION));
      Reply authorized =
          consent.authorizeCall("scope=profile&login_hint=ID:" + HOLDER + "/MSISDN").send();
      Reply token = consent.redeem(authorized.json().getString("auth_req_id"));

      JsonObject info = consent.userInfo(token.json().getString("access_token")).json();

      assertThat(info.getValue("address"))
          .isEqualTo("Street 17\n123 45 Karlskrona\nBlekinge\nSweden");
      assertThat(info.getValue("credit_score")).isEqualTo("123");
    }
  }
}
