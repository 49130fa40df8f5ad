package dev.momosim.client;

import static dev.momosim.client.FakeMomo.inTurn;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.AwaitTimeoutException;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.TransactionFailedException;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class AwaitTest {

  private static final String REF = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
  private static final String PATH = "/disbursement/v1_0/transfer/:ref";
  private static final Handler<RoutingContext> NOT_FOUND =
      ctx -> json(ctx, 404, "{\"code\":\"RESOURCE_NOT_FOUND\"}");
  private FakeMomo momo;
  private MomoClient client;

  @BeforeEach
  void start(Vertx vertx) {
    momo = await(FakeMomo.start(vertx));
    client = TestClients.builder(momo, vertx).build();
  }

  private static Handler<RoutingContext> status(String status, String reason) {
    return ctx ->
        json(
            ctx,
            200,
            "{\"amount\":\"80\",\"currency\":\"EUR\",\"status\":\""
                + status
                + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                + "}");
  }

  @Test
  void pollsUntilTheTransactionIsFinal() {
    momo.on(
        HttpMethod.GET,
        PATH,
        inTurn(status("PENDING", null), status("PENDING", null), status("SUCCESSFUL", null)));
    assertThat(await(client.disbursements().awaitFinal(REF, Duration.ofSeconds(5))).isSuccessful())
        .isTrue();
    assertThat(momo.count(HttpMethod.GET, "/disbursement/v1_0/transfer/" + REF)).isEqualTo(3);
  }

  @Test
  void takesATimeoutOfCenturiesAsNoTimeout() {
    momo.on(HttpMethod.GET, PATH, inTurn(status("PENDING", null), status("SUCCESSFUL", null)));
    assertThat(
            await(client.disbursements().awaitFinal(REF, Duration.ofDays(365_000))).isSuccessful())
        .isTrue();
  }

  @Test
  void toleratesANotFoundAndCreatedRightAfterTheAcceptance() {
    momo.on(
        HttpMethod.GET,
        PATH,
        inTurn(NOT_FOUND, status("CREATED", null), status("FAILED", "EXPIRED")));
    Transaction transaction = await(client.disbursements().awaitFinal(REF, Duration.ofSeconds(5)));
    assertThat(transaction.failure().orElseThrow().errorReason()).isEqualTo(ErrorReason.EXPIRED);
  }

  @Test
  void givesUpOnANotFoundThatOutlastsTheGracePeriod() {
    momo.on(HttpMethod.GET, PATH, NOT_FOUND);
    assertThat(awaitFailure(client.disbursements().awaitFinal(REF, Duration.ofSeconds(5))))
        .isInstanceOf(MomoNotFoundException.class);
  }

  @Test
  void failsAwaitSuccessfulWithTheReasonAndTheTransaction() {
    momo.on(HttpMethod.GET, PATH, status("FAILED", "NOT_ENOUGH_FUNDS"));
    TransactionFailedException failure =
        (TransactionFailedException)
            awaitFailure(client.disbursements().awaitSuccessful(REF, Duration.ofSeconds(5)));
    assertThat(failure.reason()).isEqualTo(ErrorReason.NOT_ENOUGH_FUNDS);
    assertThat(failure.transaction().referenceId()).isEqualTo(REF);
    assertThat(failure.getMessage()).contains(REF, "NOT_ENOUGH_FUNDS");
  }

  @Test
  void timesOutWithTheLastStatusSeenWhenStillPending() {
    momo.on(HttpMethod.GET, PATH, status("PENDING", null));
    // The timeout only has to outlast one token and one status round trip, on however loaded a
    // machine: two seconds is ample, and the wait still ends by its timeout, as PENDING never ends.
    AwaitTimeoutException failure =
        (AwaitTimeoutException)
            awaitFailure(client.disbursements().awaitFinal(REF, Duration.ofSeconds(2)));
    assertThat(failure.lastSeen().orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
    assertThat(failure.referenceId()).isEqualTo(REF);
  }

  @Test
  void stopsAtOnceOnAnErrorThatPollingCannotFix() {
    momo.on(
        HttpMethod.GET,
        PATH,
        ctx -> json(ctx, 500, "{\"code\":\"NOT_ALLOWED_TARGET_ENVIRONMENT\"}"));
    MomoApiException failure =
        (MomoApiException)
            awaitFailure(client.disbursements().awaitFinal(REF, Duration.ofSeconds(5)));
    assertThat(failure.reason()).isEqualTo(ErrorReason.NOT_ALLOWED_TARGET_ENVIRONMENT);
    assertThat(momo.count(HttpMethod.GET, "/disbursement/v1_0/transfer/" + REF)).isEqualTo(1);
  }

  @Test
  void failsAtTheTimeoutEvenWhileAPollIsStillWaitingForItsAnswer(Vertx vertx) {
    momo.on(HttpMethod.GET, PATH, ctx -> {});
    // The poll's own request timeout lies far beyond awaitFailure's deadline (10 s): only the
    // wait's timeout can end the wait in time.
    MomoClient slow =
        TestClients.builder(momo, vertx).requestTimeout(Duration.ofMinutes(5)).build();
    Throwable failure = awaitFailure(slow.disbursements().awaitFinal(REF, Duration.ofMillis(500)));
    assertThat(failure).isInstanceOf(AwaitTimeoutException.class);
    assertThat(((AwaitTimeoutException) failure).lastSeen()).as("no poll was answered").isEmpty();
  }
}
