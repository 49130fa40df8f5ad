package dev.momosim.client;

import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.MomoAuthenticationException;
import dev.momosim.client.model.Balance;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class TokenBehaviourTest {

  private static final String BALANCE = "/collection/v1_0/account/balance";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
  private FakeMomo momo;
  private MomoClient client;

  @BeforeEach
  void start(Vertx vertx) {
    momo = await(FakeMomo.start(vertx));
    momo.on(
        HttpMethod.GET,
        BALANCE,
        ctx -> json(ctx, 200, "{\"availableBalance\":\"1000\",\"currency\":\"EUR\"}"));
    client =
        TestClients.builder(momo, vertx)
            .clock(clock)
            .tokenRefreshLeeway(Duration.ofMinutes(10))
            .requestTimeout(Duration.ofSeconds(10))
            .build();
  }

  private String bearerOfLastBalanceCall() {
    List<FakeMomo.Recorded> calls =
        momo.requests().stream().filter(r -> r.path().equals(BALANCE)).toList();
    return calls.get(calls.size() - 1).header("Authorization");
  }

  @Test
  void reusesTheCachedTokenForConsecutiveCalls() {
    await(client.collections().balance());
    await(client.collections().balance());
    assertThat(momo.tokensIssued()).isEqualTo(1);
    assertThat(bearerOfLastBalanceCall()).isEqualTo("Bearer token-1");
  }

  @Test
  void refreshesTheTokenTheLeewayBeforeItExpires() {
    await(client.collections().balance());
    clock.advance(Duration.ofMinutes(49).plusSeconds(59));
    await(client.collections().balance());
    assertThat(momo.tokensIssued()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    await(client.collections().balance());
    assertThat(momo.tokensIssued()).isEqualTo(2);
    assertThat(bearerOfLastBalanceCall()).isEqualTo("Bearer token-2");
  }

  @Test
  void aThousandConcurrentCallsAtExpiryCauseExactlyOneTokenRequest(Vertx vertx) {
    await(client.collections().balance());
    momo.onToken(ctx -> vertx.setTimer(50, fired -> momo.issueToken(ctx)));
    clock.advance(Duration.ofHours(1));

    List<Future<Balance>> calls = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      calls.add(client.collections().balance());
    }
    await(Future.all(calls));

    assertThat(momo.count(HttpMethod.POST, "/collection/token/")).isEqualTo(2);
    assertThat(bearerOfLastBalanceCall()).isEqualTo("Bearer token-2");
  }

  @Test
  void keepsOneTokenPerProduct() {
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/account/balance",
        ctx -> json(ctx, 200, "{\"availableBalance\":\"5\",\"currency\":\"EUR\"}"));
    await(client.collections().balance());
    await(client.disbursements().balance());
    assertThat(momo.count(HttpMethod.POST, "/collection/token/")).isEqualTo(1);
    assertThat(momo.count(HttpMethod.POST, "/disbursement/token/")).isEqualTo(1);
  }

  @Test
  void asksForATokenWithBasicCredentialsSubscriptionKeyAndAnEmptyBody() {
    await(client.collections().balance());
    FakeMomo.Recorded token = momo.requests().get(0);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (TestClients.API_USER + ":" + TestClients.API_KEY)
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(token.path()).isEqualTo("/collection/token/");
    assertThat(token.header("Authorization")).isEqualTo("Basic " + basic);
    assertThat(token.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.COLLECTION_KEY);
    assertThat(token.header("Content-Length")).isEqualTo("0");
  }

  @Test
  void doesNotCacheAFailedTokenRequest() {
    momo.onToken(ctx -> json(ctx, 500, "{\"error\":\"login_failed\"}"));
    Throwable failure = awaitFailure(client.collections().balance());
    assertThat(failure).isInstanceOf(MomoAuthenticationException.class);
    assertThat(momo.count(HttpMethod.POST, "/collection/token/"))
        .as("login_failed is not retried")
        .isEqualTo(1);

    momo.onToken(momo::issueToken);
    assertThat(await(client.collections().balance()).availableBalance()).isEqualTo("1000");
  }

  @Test
  void fetchesANewTokenAndRetriesOnceAfterA401() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/account/balance/EUR",
        FakeMomo.inTurn(
            ctx -> json(ctx, 401, "{\"error\":\"invalid_token\"}"),
            ctx -> json(ctx, 200, "{\"availableBalance\":\"7\",\"currency\":\"EUR\"}")));
    assertThat(await(client.collections().balance("EUR")).availableBalance()).isEqualTo("7");
    assertThat(momo.tokensIssued()).isEqualTo(2);
  }

  @Test
  void givesUpAfterASecond401() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/account/balance/EUR",
        ctx -> json(ctx, 401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}"));
    assertThat(awaitFailure(client.collections().balance("EUR")))
        .isInstanceOf(MomoAuthenticationException.class);
    assertThat(momo.count(HttpMethod.GET, "/collection/v1_0/account/balance/EUR")).isEqualTo(2);
  }

  @Test
  void neverPutsSecretsInExceptionMessages() {
    momo.onToken(ctx -> json(ctx, 500, "{\"error\":\"login_failed\"}"));
    Throwable failure = awaitFailure(client.collections().balance());
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (TestClients.API_USER + ":" + TestClients.API_KEY)
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(failure.getMessage())
        .contains("login_failed")
        .doesNotContain(TestClients.API_KEY, TestClients.COLLECTION_KEY, basic);
    assertThat(client.config().toString())
        .doesNotContain(TestClients.API_KEY, TestClients.COLLECTION_KEY);
  }
}
