package dev.momosim.client;

import static dev.momosim.client.Futures.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.model.Balance;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.RetryPolicy;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class MomoClientLifecycleTest {

  @Test
  void closesTheVertxItCreatedItself() {
    MomoClient client = MomoClient.builder().build();
    Vertx own = client.vertx();
    await(client.close());
    assertThatThrownBy(() -> own.timer(1))
        .as("a closed Vert.x refuses new timers")
        .isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void leavesACallerOwnedVertxOpen(Vertx vertx) {
    MomoClient client = MomoClient.builder().vertx(vertx).build();
    await(client.close());
    await(client.close());
    assertThat(await(vertx.timer(1))).isNull();
    assertThat(client.vertx()).isSameAs(vertx);
  }

  @Test
  void failsCallsAfterCloseWithATransportException(Vertx vertx) {
    FakeMomo momo = await(FakeMomo.start(vertx));
    momo.on(
        io.vertx.core.http.HttpMethod.GET, "/v1_0/apiuser/u", ctx -> FakeMomo.json(ctx, 200, "{}"));
    MomoClient client = MomoClient.builder().vertx(vertx).baseUrl(momo.baseUrl()).build();
    await(client.close());
    assertThat(Futures.awaitFailure(client.provisioning("key").apiUser("u")))
        .isInstanceOf(MomoTransportException.class);
  }

  private static final String REF = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";

  /**
   * Transfers stay PENDING and balances answer 503; {@code seen} completes with the first answer.
   */
  private static FakeMomo pendingMomo(Vertx vertx, Promise<Void> seen) {
    FakeMomo momo = await(FakeMomo.start(vertx));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/transfer/:ref",
        ctx -> {
          seen.tryComplete();
          FakeMomo.json(
              ctx, 200, "{\"amount\":\"80\",\"currency\":\"EUR\",\"status\":\"PENDING\"}");
        });
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/account/balance",
        ctx -> ctx.response().setStatusCode(503).end().onComplete(sent -> seen.tryComplete()));
    return momo;
  }

  /**
   * Closes the client 300 ms after the fake's first answer, between polls or during a retry's
   * backoff.
   */
  private static void closeSoonAfter(Promise<Void> seen, Vertx vertx, MomoClient client) {
    await(seen.future().compose(first -> vertx.timer(300)));
    await(client.close());
  }

  private static void assertFailedAsClosed(Future<?> call) {
    assertThat(call.isComplete()).as("complete once close() has completed").isTrue();
    assertThat(Futures.awaitFailure(call))
        .isInstanceOf(MomoTransportException.class)
        .hasMessageContaining("client closed");
  }

  /**
   * A client on its own Vert.x: polls every 200 ms, waits 10 s before a retry, waits 5 s for an
   * answer.
   */
  private static MomoClient ownVertxClient(FakeMomo momo) {
    return withSlowRetries(MomoClient.builder().baseUrl(momo.baseUrl())).build();
  }

  private static MomoClientBuilder withSlowRetries(MomoClientBuilder builder) {
    return builder
        .credentials(
            Product.DISBURSEMENT,
            TestClients.DISBURSEMENT_KEY,
            TestClients.API_USER,
            TestClients.API_KEY)
        .requestTimeout(Duration.ofSeconds(5))
        .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(10), 1.0, 0.0))
        .pollingPolicy(
            new PollingPolicy(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ZERO));
  }

  @Test
  void failsAPendingAwaitWhenClosingTheVertxItOwns(Vertx vertx) {
    Promise<Void> seen = Promise.promise();
    MomoClient client = ownVertxClient(pendingMomo(vertx, seen));
    Future<Transaction> waiting = client.disbursements().awaitFinal(REF, Duration.ofSeconds(20));
    closeSoonAfter(seen, vertx, client);
    assertFailedAsClosed(waiting);
  }

  @Test
  void failsAPendingAwaitWhenClosingOnACallerOwnedVertx(Vertx vertx) {
    Promise<Void> seen = Promise.promise();
    FakeMomo momo = pendingMomo(vertx, seen);
    MomoClient client =
        withSlowRetries(MomoClient.builder().vertx(vertx).baseUrl(momo.baseUrl())).build();
    Future<Transaction> waiting = client.disbursements().awaitFinal(REF, Duration.ofSeconds(20));
    closeSoonAfter(seen, vertx, client);
    assertFailedAsClosed(waiting);
  }

  @Test
  void failsACallWaitingForItsRetryBackoffWhenClosed(Vertx vertx) {
    Promise<Void> seen = Promise.promise();
    MomoClient client = ownVertxClient(pendingMomo(vertx, seen));
    Future<Balance> balance = client.disbursements().balance();
    closeSoonAfter(seen, vertx, client);
    assertFailedAsClosed(balance);
  }
}
