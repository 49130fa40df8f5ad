package dev.momosim.client;

import static dev.momosim.client.FakeMomo.inTurn;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.AwaitTimeoutException;
import dev.momosim.client.exception.ConsentPendingException;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.exception.MomoServerException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.model.ConsentAuthorization;
import dev.momosim.client.model.ConsentRequest;
import dev.momosim.client.model.ConsentRequest.AccessType;
import dev.momosim.client.model.ConsentToken;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.UserInfo;
import dev.momosim.client.product.Product;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** bc-authorize, the CIBA consent token and userinfo, offered by every product. */
@ExtendWith(VertxExtension.class)
class ConsentFlowTest {

  private static final String AUTH_REQ_ID = "5d7c3b1a-2e4f-4a6b-8c9d-0e1f2a3b4c5d";
  private static final String PENDING =
      "{\"error\":\"authorization_pending\",\"error_description\":\"not yet\"}";
  private static final String TOKEN =
      "{\"access_token\":\"consent-secret\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
          + "\"scope\":\"all_info\",\"refresh_token\":\"refresh-secret\","
          + "\"refresh_token_expired_in\":86400}";
  private static final String BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (TestClients.API_USER + ":" + TestClients.API_KEY)
                      .getBytes(StandardCharsets.UTF_8));

  private FakeMomo momo;
  private MomoClient client;

  @BeforeEach
  void start(Vertx vertx) {
    momo = await(FakeMomo.start(vertx));
    client = TestClients.builder(momo, vertx).build();
  }

  private FakeMomo.Recorded last(HttpMethod method, String path) {
    return momo.requests().stream()
        .filter(r -> r.method() == method && r.path().equals(path))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  private static ConsentAuthorization quickly() {
    return new ConsentAuthorization(AUTH_REQ_ID, Duration.ofMillis(10), Duration.ofMinutes(1));
  }

  @Test
  void asksForConsentWithAFormAndTheProductTokenAndReadsTheAnswer() {
    momo.on(
        HttpMethod.POST,
        "/collection/v1_0/bc-authorize",
        ctx ->
            json(
                ctx,
                200,
                "{\"auth_req_id\":\"" + AUTH_REQ_ID + "\",\"interval\":5,\"expires_in\":3600}"));
    ConsentAuthorization authorization =
        await(
            client
                .collections()
                .bcAuthorize(
                    ConsentRequest.msisdnHint("46733123450"), "all_info", AccessType.OFFLINE));

    assertThat(authorization)
        .isEqualTo(
            new ConsentAuthorization(AUTH_REQ_ID, Duration.ofSeconds(5), Duration.ofHours(1)));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/collection/v1_0/bc-authorize");
    assertThat(post.header("Authorization")).isEqualTo("Bearer token-1");
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.COLLECTION_KEY);
    assertThat(post.header("X-Target-Environment")).isEqualTo("sandbox");
    assertThat(post.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(post.body())
        .isEqualTo("login_hint=ID%3A46733123450%2FMSISDN&scope=all_info&access_type=offline");
  }

  @Test
  void sendsTheOptionalConsentFieldsAndReadsAFractionalInterval() {
    momo.on(
        HttpMethod.POST,
        "/remittance/v1_0/bc-authorize",
        ctx ->
            json(
                ctx,
                200,
                "{\"auth_req_id\":\""
                    + AUTH_REQ_ID
                    + "\",\"interval\":0.5,\"expires_in\":\"120\"}"));
    ConsentAuthorization authorization =
        await(
            client
                .product(Product.REMITTANCE)
                .bcAuthorize(
                    new ConsentRequest(
                        "ID:a@b.example/EMAIL",
                        "profile",
                        AccessType.ONLINE,
                        600,
                        "cnt",
                        "c2NvcGU=")));
    assertThat(authorization.interval()).isEqualTo(Duration.ofMillis(500));
    assertThat(authorization.expiresIn()).isEqualTo(Duration.ofMinutes(2));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/remittance/v1_0/bc-authorize");
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.REMITTANCE_KEY);
    assertThat(post.body())
        .isEqualTo(
            "login_hint=ID%3Aa%40b.example%2FEMAIL&scope=profile&access_type=online"
                + "&consent_valid_in=600&client_notification_token=cnt&scope_instruction=c2NvcGU%3D");
  }

  @Test
  void reportsABcAuthorizeAnswerWithoutAnAuthReqIdAsAProtocolFailure() {
    momo.on(
        HttpMethod.POST,
        "/disbursement/v1_0/bc-authorize",
        ctx -> json(ctx, 200, "{\"interval\":5,\"expires_in\":3600}"));
    assertThat(
            awaitFailure(
                client.disbursements().bcAuthorize("ID:1/MSISDN", "profile", AccessType.ONLINE)))
        .isInstanceOf(MomoProtocolException.class);
  }

  @Test
  void exchangesTheGrantWithBasicCredentialsAndTheCibaGrantType() {
    momo.on(HttpMethod.POST, "/collection/oauth2/token/", ctx -> json(ctx, 200, TOKEN));
    ConsentToken token = await(client.collections().consentToken(AUTH_REQ_ID));

    assertThat(token.accessToken()).isEqualTo("consent-secret");
    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).isEqualTo(Duration.ofHours(1));
    assertThat(token.scope()).isEqualTo("all_info");
    assertThat(token.refreshToken()).isEqualTo("refresh-secret");
    assertThat(token.refreshTokenExpiresIn()).isEqualTo(Duration.ofDays(1));
    assertThat(token.toString()).doesNotContain("secret");
    FakeMomo.Recorded post = last(HttpMethod.POST, "/collection/oauth2/token/");
    assertThat(post.header("Authorization")).isEqualTo(BASIC);
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.COLLECTION_KEY);
    assertThat(post.header("X-Target-Environment")).isEqualTo("sandbox");
    assertThat(post.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(post.body())
        .isEqualTo(
            "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=" + AUTH_REQ_ID);
    assertThat(momo.tokensIssued()).isZero();
  }

  @Test
  void reportsAPendingConsentAsATypedExceptionWithoutRetrying() {
    momo.on(HttpMethod.POST, "/collection/oauth2/token/", ctx -> json(ctx, 400, PENDING));
    ConsentPendingException pending =
        (ConsentPendingException) awaitFailure(client.collections().consentToken(AUTH_REQ_ID));
    assertThat(pending.reason()).isEqualTo(ErrorReason.AUTHORIZATION_PENDING);
    assertThat(pending.apiMessage()).isEqualTo("not yet");
    assertThat(pending.slowDown()).isFalse();
    assertThat(pending.isRetryable()).isFalse();
    assertThat(momo.count(HttpMethod.POST, "/collection/oauth2/token/")).isEqualTo(1);
  }

  @Test
  void neverRetriesTheConsentExchangeEvenAfterAServerError() {
    momo.on(HttpMethod.POST, "/collection/oauth2/token/", ctx -> FakeMomo.empty(ctx, 503));
    assertThat(awaitFailure(client.collections().consentToken(AUTH_REQ_ID)))
        .isInstanceOf(MomoServerException.class);
    assertThat(momo.count(HttpMethod.POST, "/collection/oauth2/token/")).isEqualTo(1);
  }

  @Test
  void awaitsTheConsentByPollingAtTheIntervalUntilATokenComes() {
    momo.on(
        HttpMethod.POST,
        "/disbursement/oauth2/token/",
        inTurn(
            ctx -> json(ctx, 400, PENDING),
            ctx -> json(ctx, 400, PENDING),
            ctx -> json(ctx, 200, TOKEN)));
    ConsentToken token =
        await(client.disbursements().awaitConsentToken(quickly(), Duration.ofSeconds(5)));
    assertThat(token.accessToken()).isEqualTo("consent-secret");
    assertThat(momo.count(HttpMethod.POST, "/disbursement/oauth2/token/")).isEqualTo(3);
  }

  @Test
  void stopsAwaitingAtTheDeadlineWithTheLastPendingAnswerAsCause() {
    momo.on(HttpMethod.POST, "/collection/oauth2/token/", ctx -> json(ctx, 400, PENDING));
    Throwable failure =
        awaitFailure(client.collections().awaitConsentToken(quickly(), Duration.ofMillis(100)));
    assertThat(failure)
        .isInstanceOf(AwaitTimeoutException.class)
        .hasMessageContaining(AUTH_REQ_ID)
        .hasCauseInstanceOf(ConsentPendingException.class);
  }

  @Test
  void waitsFiveSecondsLongerAfterSlowDownSoAShortWaitEndsAtOnce() {
    momo.on(
        HttpMethod.POST,
        "/collection/oauth2/token/",
        ctx -> json(ctx, 400, "{\"error\":\"slow_down\"}"));
    AwaitTimeoutException failure =
        (AwaitTimeoutException)
            awaitFailure(client.collections().awaitConsentToken(quickly(), Duration.ofSeconds(2)));
    assertThat(((ConsentPendingException) failure.getCause()).slowDown()).isTrue();
    assertThat(momo.count(HttpMethod.POST, "/collection/oauth2/token/")).isEqualTo(1);
  }

  @Test
  void stopsAwaitingAtOnceWhenTheAccountHolderRefuses() {
    momo.on(
        HttpMethod.POST,
        "/collection/oauth2/token/",
        inTurn(
            ctx -> json(ctx, 400, PENDING),
            ctx -> json(ctx, 400, "{\"error\":\"access_denied\"}")));
    MomoApiException denied =
        (MomoApiException)
            awaitFailure(client.collections().awaitConsentToken(quickly(), Duration.ofSeconds(5)));
    assertThat(denied.reason()).isEqualTo(ErrorReason.ACCESS_DENIED);
    assertThat(momo.count(HttpMethod.POST, "/collection/oauth2/token/")).isEqualTo(2);
  }

  @Test
  void refreshesAConsentTokenWithTheRefreshGrant() {
    momo.on(HttpMethod.POST, "/remittance/oauth2/token/", ctx -> json(ctx, 200, TOKEN));
    await(client.remittances().refreshConsentToken("refresh-1"));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/remittance/oauth2/token/");
    assertThat(post.header("Authorization")).isEqualTo(BASIC);
    assertThat(post.body()).isEqualTo("grant_type=refresh_token&refresh_token=refresh-1");
  }

  @Test
  void readsUserInfoWithTheConsentTokenInsteadOfTheProductToken() {
    momo.on(
        HttpMethod.GET,
        "/collection/oauth2/v1_0/userinfo",
        ctx ->
            json(
                ctx,
                200,
                "{\"sub\":\"0\",\"name\":\"Sand Box\",\"given_name\":\"Sand\",\"family_name\":\"Box\","
                    + "\"birthdate\":\"1976-08-13\",\"locale\":\"sv_SE\",\"status\":\"ACTIVE\","
                    + "\"gender\":\"MALE\",\"email\":\"email@domain.test\",\"email_verified\":true,"
                    + "\"phone_number\":\"46123456789\",\"phone_number_verified\":true,"
                    + "\"address\":{\"formatted\":\"Street 17\\n123 45 Karlskrona\","
                    + "\"street_address\":\"Street 17\",\"postal_code\":\"123 45\","
                    + "\"locality\":\"Karlskrona\",\"region\":\"Blekinge\",\"country\":\"Sweden\"},"
                    + "\"updated_at\":1731242938,\"credit_score\":123,\"active\":true,"
                    + "\"country_of_birth\":\"Sweden\",\"region_of_birth\":\"Blekinge\","
                    + "\"city_of_birth\":\"Karlskrona\",\"occupation\":\"Manager\","
                    + "\"employer_name\":\"Ericsson\",\"identification_type\":\"PASS\","
                    + "\"identification_value\":\"S1234567\"}"));
    ConsentToken consent =
        new ConsentToken("consent-secret", "Bearer", Duration.ofHours(1), null, null, null);
    UserInfo info = await(client.collections().userInfo(consent));

    assertThat(info)
        .isEqualTo(
            new UserInfo(
                "0",
                "Sand Box",
                "Sand",
                "Box",
                null,
                "email@domain.test",
                true,
                "MALE",
                "sv_SE",
                "46123456789",
                true,
                new UserInfo.Address(
                    "Street 17\n123 45 Karlskrona",
                    "Street 17",
                    "123 45",
                    "Karlskrona",
                    "Blekinge",
                    "Sweden"),
                1731242938L,
                "ACTIVE",
                "1976-08-13",
                "123",
                true,
                "Sweden",
                "Blekinge",
                "Karlskrona",
                "Manager",
                "Ericsson",
                "PASS",
                "S1234567"));
    FakeMomo.Recorded get = last(HttpMethod.GET, "/collection/oauth2/v1_0/userinfo");
    assertThat(get.header("Authorization")).isEqualTo("Bearer consent-secret");
    assertThat(get.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.COLLECTION_KEY);
    assertThat(get.header("X-Target-Environment")).isEqualTo("sandbox");
    assertThat(momo.tokensIssued()).isZero();
  }

  @Test
  void readsAnAddressSentAsAStringAsTheFormattedAddress() {
    momo.on(
        HttpMethod.GET,
        "/disbursement/oauth2/v1_0/userinfo",
        ctx -> json(ctx, 200, "{\"sub\":\"1\",\"address\":\"Street 17, Karlskrona\"}"));
    UserInfo info =
        await(client.disbursements().userInfo(new ConsentToken("c", null, null, null, null, null)));
    assertThat(info.address().formatted()).isEqualTo("Street 17, Karlskrona");
    assertThat(info.address().country()).isNull();
    assertThat(info.emailVerified()).isNull();
  }

  @Test
  void retriesUserInfoAfterAServerErrorWithTheSameConsentToken() {
    momo.on(
        HttpMethod.GET,
        "/collection/oauth2/v1_0/userinfo",
        inTurn(ctx -> FakeMomo.empty(ctx, 503), ctx -> json(ctx, 200, "{\"sub\":\"0\"}")));
    assertThat(
            await(
                    client
                        .collections()
                        .userInfo(new ConsentToken("c", null, null, null, null, null)))
                .sub())
        .isEqualTo("0");
    assertThat(momo.requests())
        .filteredOn(r -> r.path().equals("/collection/oauth2/v1_0/userinfo"))
        .extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer c", "Bearer c");
  }

  @Test
  void failsAWaitingConsentAwaitWhenTheClientCloses() {
    momo.on(HttpMethod.POST, "/collection/oauth2/token/", ctx -> json(ctx, 400, PENDING));
    var waiting =
        client
            .collections()
            .awaitConsentToken(
                new ConsentAuthorization(AUTH_REQ_ID, Duration.ofMinutes(1), Duration.ofMinutes(5)),
                Duration.ofMinutes(5));
    await(client.close());
    assertThat(awaitFailure(waiting)).isInstanceOf(MomoTransportException.class);
  }
}
