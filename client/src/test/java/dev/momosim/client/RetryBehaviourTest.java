package dev.momosim.client;

import static dev.momosim.client.FakeMomo.empty;
import static dev.momosim.client.FakeMomo.inTurn;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoServerException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.exception.MomoValidationException;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class RetryBehaviourTest {

  private static final String RTP = "/collection/v1_0/requesttopay";
  private static final RequestToPay PAYMENT =
      new RequestToPay("12.50", "EUR", "order-1", Party.msisdn("46733123450"), "pay", "thanks");
  private static final Handler<RoutingContext> ACCEPT = ctx -> empty(ctx, 202);
  private static final Handler<RoutingContext> DROP = ctx -> ctx.request().connection().close();
  private static final Handler<RoutingContext> DUPLICATE =
      ctx ->
          json(
              ctx,
              409,
              "{\"code\":\"RESOURCE_ALREADY_EXIST\",\"message\":\"Duplicated reference id.\"}");

  private FakeMomo momo;
  private MomoClient client;

  @BeforeEach
  void start(Vertx vertx) {
    momo = await(FakeMomo.start(vertx));
    client = TestClients.builder(momo, vertx).requestTimeout(Duration.ofMillis(300)).build();
  }

  private List<String> postedReferenceIds() {
    return momo.requests().stream()
        .filter(r -> r.method() == HttpMethod.POST && r.path().equals(RTP))
        .map(r -> r.header("X-Reference-Id"))
        .toList();
  }

  private void storedAs(String amount) {
    momo.on(
        HttpMethod.GET,
        RTP + "/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\""
                    + amount
                    + "\",\"currency\":"
                    + "\"EUR\",\"externalId\":\"order-1\",\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"status\":\"PENDING\"}"));
  }

  @Test
  void retriesA503WithTheSameReferenceIdUntilAccepted() {
    momo.on(HttpMethod.POST, RTP, inTurn(ctx -> empty(ctx, 503), ACCEPT));
    String ref = await(client.collections().requestToPay(PAYMENT));
    assertThat(postedReferenceIds()).containsExactly(ref, ref);
  }

  @Test
  void retriesAfterTheConnectionIsDropped() {
    momo.on(HttpMethod.POST, RTP, inTurn(DROP, ACCEPT));
    String ref = await(client.collections().requestToPay(PAYMENT));
    assertThat(postedReferenceIds()).containsExactly(ref, ref);
  }

  @Test
  void retriesAfterTheServerDoesNotAnswerInTime() {
    momo.on(HttpMethod.POST, RTP, inTurn(ctx -> {}, ACCEPT));
    String ref = await(client.collections().requestToPay(PAYMENT));
    assertThat(postedReferenceIds()).containsExactly(ref, ref);
  }

  @Test
  void retriesA429() {
    momo.on(HttpMethod.POST, RTP, inTurn(ctx -> empty(ctx, 429), ACCEPT));
    await(client.collections().requestToPay(PAYMENT));
    assertThat(postedReferenceIds()).hasSize(2);
  }

  @Test
  void doesNotRetryA500WithADefiniteBusinessCode() {
    momo.on(
        HttpMethod.POST,
        RTP,
        ctx ->
            json(
                ctx,
                500,
                "{\"message\":\"Currency not supported.\",\"code\":\"INVALID_CURRENCY\"}"));
    MomoApiException failure =
        (MomoApiException) awaitFailure(client.collections().requestToPay(PAYMENT));
    assertThat(failure).isInstanceOf(MomoServerException.class);
    assertThat(failure.reason()).isEqualTo(ErrorReason.INVALID_CURRENCY);
    assertThat(postedReferenceIds()).hasSize(1);
  }

  @Test
  void doesNotRetryA400() {
    momo.on(HttpMethod.POST, RTP, ctx -> empty(ctx, 400));
    assertThat(awaitFailure(client.collections().requestToPay(PAYMENT)))
        .isInstanceOf(MomoValidationException.class);
    assertThat(postedReferenceIds()).hasSize(1);
  }

  @Test
  void reportsTheLastErrorWhenEveryAttemptFails() {
    momo.on(HttpMethod.POST, RTP, ctx -> empty(ctx, 503));
    assertThat(awaitFailure(client.collections().requestToPay(PAYMENT)))
        .isInstanceOf(MomoServerException.class);
    assertThat(postedReferenceIds()).hasSize(3);
  }

  @Test
  void reportsAnUnreachableServerAsATransportFailure(Vertx vertx) {
    MomoClient unreachable = TestClients.builder(momo, vertx).baseUrl("http://localhost:1").build();
    Throwable failure = awaitFailure(unreachable.collections().balance());
    assertThat(failure).isInstanceOf(MomoTransportException.class);
  }

  @Test
  void treatsA409AfterALostAnswerAsSuccessWhenItIsTheSamePayment() {
    momo.on(HttpMethod.POST, RTP, inTurn(DROP, DUPLICATE));
    storedAs("12.5");
    String ref = await(client.collections().requestToPay(PAYMENT));
    assertThat(postedReferenceIds()).containsExactly(ref, ref);
    assertThat(momo.count(HttpMethod.GET, RTP + "/" + ref)).isEqualTo(1);
  }

  @Test
  void treatsA409AfterALostAnswerAsAcceptedWhileTheStatusCannotSeeThePaymentYet() {
    momo.on(HttpMethod.POST, RTP, inTurn(DROP, DUPLICATE));
    momo.on(
        HttpMethod.GET,
        RTP + "/:ref",
        ctx ->
            json(
                ctx,
                404,
                "{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Requested resource was not found.\"}"));
    String ref = await(client.collections().requestToPay(PAYMENT));
    assertThat(postedReferenceIds()).containsExactly(ref, ref);
  }

  @Test
  void reportsTheReadFailureNotAConflictWhenA409CannotBeConfirmed() {
    momo.on(HttpMethod.POST, RTP, inTurn(DROP, DUPLICATE));
    momo.on(HttpMethod.GET, RTP + "/:ref", ctx -> empty(ctx, 503));
    Throwable failure = awaitFailure(client.collections().requestToPay(PAYMENT));
    assertThat(failure)
        .isNotInstanceOf(MomoConflictException.class)
        .isInstanceOf(MomoServerException.class);
  }

  @Test
  void reportsA409AfterALostAnswerAsConflictWhenThePaymentDiffers() {
    momo.on(HttpMethod.POST, RTP, inTurn(DROP, DUPLICATE));
    storedAs("99");
    assertThat(awaitFailure(client.collections().requestToPay(PAYMENT)))
        .isInstanceOf(MomoConflictException.class);
  }

  @Test
  void reportsA409OnTheFirstAttemptAsConflictWithoutReadingTheStatus() {
    momo.on(HttpMethod.POST, RTP, DUPLICATE);
    storedAs("12.5");
    String ref = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
    MomoConflictException conflict =
        (MomoConflictException)
            awaitFailure(
                client
                    .collections()
                    .requestToPay(PAYMENT, CreateOptions.defaults().withReferenceId(ref)));
    assertThat(conflict.referenceId()).isEqualTo(ref);
    assertThat(conflict.reason()).isEqualTo(ErrorReason.RESOURCE_ALREADY_EXIST);
    assertThat(momo.count(HttpMethod.GET, RTP + "/" + ref)).isZero();
  }

  @Test
  void retriesStatusReadsToo() {
    String ref = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
    momo.on(
        HttpMethod.GET,
        RTP + "/:ref",
        inTurn(
            ctx -> empty(ctx, 502),
            ctx ->
                json(
                    ctx,
                    200,
                    "{\"amount\":\"1\",\"currency\":\"EUR\",\"status\":\"SUCCESSFUL\"}")));
    assertThat(await(client.collections().status(ref)).status())
        .isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(momo.count(HttpMethod.GET, RTP + "/" + ref)).isEqualTo(2);
  }
}
