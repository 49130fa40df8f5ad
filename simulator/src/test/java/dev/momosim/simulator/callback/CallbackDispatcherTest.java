package dev.momosim.simulator.callback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Scheduler;
import dev.momosim.simulator.domain.SimulatorClock;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import dev.momosim.simulator.http.TransactionJson;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Callback delivery to a real local receiver (issue 3 item 4, momo-api.md §12). */
@ExtendWith(VertxExtension.class)
class CallbackDispatcherTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:05Z");
  private static final CallbackSettings DEFAULTS = SimulatorConfig.defaults().callbacks();

  private final SimulatorClock clock = new SimulatorClock(Clock.fixed(NOW, ZoneOffset.UTC));
  private final Scheduler scheduler = new Scheduler();
  private CallbackDispatcher dispatcher;

  @AfterEach
  void close() {
    if (dispatcher != null) {
      dispatcher.close();
    }
  }

  @Test
  void putsTheStatusBodyWithoutReferenceIdByDefault(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, DEFAULTS);
    Transaction transaction = Transactions.successful(receiver.url("/momo/callback"));

    CallbackDelivery delivery = deliver(vertx, transaction);

    Receiver.Received received = receiver.received().get(0);
    assertThat(received.method()).isEqualTo(HttpMethod.PUT);
    assertThat(received.path()).isEqualTo("/momo/callback");
    assertThat(received.headers().get("Content-Type")).isEqualTo("application/json");
    assertThat(received.headers().get("User-Agent")).isEqualTo("LWAC Http Client 1.0");
    JsonObject body = new JsonObject(received.body());
    assertThat(body).isEqualTo(new TransactionJson(false).render(transaction));
    assertThat(body.fieldNames()).doesNotContain("referenceId");
    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(delivery.method()).isEqualTo(HttpMethod.PUT);
    assertThat(delivery.attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.statusCode()).isEqualTo(200);
              assertThat(attempt.error()).isNull();
              assertThat(attempt.at()).isEqualTo(NOW);
            });
  }

  @Test
  void rendersTheReasonAsTheStatusGetDoes(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    TransactionJson objectReasons = new TransactionJson(true);
    dispatcher = new CallbackDispatcher(vertx, clock, scheduler, objectReasons, DEFAULTS);
    Transaction transaction =
        Transactions.failed(Product.COLLECTION, Operation.REQUEST_TO_PAY, receiver.url("/cb"));

    deliver(vertx, transaction);

    JsonObject body = new JsonObject(receiver.received().get(0).body());
    assertThat(body).isEqualTo(objectReasons.render(transaction));
    assertThat(body.getJsonObject("reason").getString("code")).isEqualTo("APPROVAL_REJECTED");
  }

  @Test
  void postsWhenConfiguredToPost(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, settings(CallbackMethod.POST, 0));

    CallbackDelivery delivery = deliver(vertx, Transactions.successful(receiver.url("/cb")));

    assertThat(receiver.received().get(0).method()).isEqualTo(HttpMethod.POST);
    assertThat(delivery.method()).isEqualTo(HttpMethod.POST);
  }

  @Test
  void postsV1OperationsWhenMethodIsByVersion(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, settings(CallbackMethod.BY_VERSION, 0));

    deliver(
        vertx,
        Transactions.failed(Product.COLLECTION, Operation.REQUEST_TO_PAY, receiver.url("/rtp")));
    deliver(
        vertx,
        Transactions.failed(Product.DISBURSEMENT, Operation.TRANSFER, receiver.url("/transfer")));

    assertThat(receiver.received())
        .extracting(Receiver.Received::method)
        .containsExactly(HttpMethod.POST, HttpMethod.POST);
  }

  @Test
  void sendsNothingWhenTheRequestHadNoCallbackUrl(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, DEFAULTS);

    Awaits.onLoop(vertx, () -> changed(Transactions.successful(null)));
    deliver(vertx, Transactions.successful(receiver.url("/witness")));

    assertThat(dispatcher.journal().list()).hasSize(1);
    assertThat(receiver.received()).extracting(Receiver.Received::path).containsExactly("/witness");
  }

  @Test
  void sendsNothingUntilTheTransactionIsFinal(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, DEFAULTS);
    Transaction pending = Transactions.pending(receiver.url("/cb"));
    Transaction created =
        new Transaction(
            pending.request(),
            pending.createdAt(),
            TransactionStatus.CREATED,
            null,
            null,
            pending.decision(),
            null,
            null,
            "test",
            CallbackFault.NONE);

    Awaits.onLoop(vertx, () -> changed(created));
    Awaits.onLoop(vertx, () -> changed(pending));

    assertThat(dispatcher.journal().list()).isEmpty();
    deliver(vertx, pending.succeeded("1234567890", NOW));
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void retriesNon2xxAnswersUpToTheConfiguredCount(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx, 500, 500);
    start(vertx, settings(CallbackMethod.PUT, 2));

    CallbackDelivery delivery = deliver(vertx, Transactions.successful(receiver.url("/cb")));

    assertThat(receiver.received()).hasSize(3);
    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(delivery.attempts())
        .extracting(CallbackAttempt::statusCode)
        .containsExactly(500, 500, 200);
  }

  @Test
  void failsAfterTheLastRetryIsRefused(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx, 503, 503, 503);
    start(vertx, settings(CallbackMethod.PUT, 1));

    CallbackDelivery delivery = deliver(vertx, Transactions.successful(receiver.url("/cb")));

    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.FAILED);
    assertThat(delivery.attempts())
        .extracting(CallbackAttempt::statusCode)
        .containsExactly(503, 503);
    assertThat(receiver.received()).hasSize(2);
  }

  @Test
  void sendsOnceByDefaultEvenWhenRefused(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx, 500);
    start(vertx, DEFAULTS);

    CallbackDelivery delivery = deliver(vertx, Transactions.successful(receiver.url("/cb")));

    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.FAILED);
    assertThat(delivery.attempts()).extracting(CallbackAttempt::statusCode).containsExactly(500);
  }

  @Test
  void journalsADeadReceiverWithoutHoldingUpTheCaller(Vertx vertx) {
    String deadUrl = Receiver.deadUrl(vertx);
    start(vertx, DEFAULTS);

    CallbackOutcome rightAfterTheCall =
        Awaits.onLoop(
            vertx,
            () -> {
              changed(Transactions.successful(deadUrl));
              return dispatcher.journal().list().get(0).outcome();
            });
    CallbackDelivery delivery = finished(vertx, dispatcher.journal().list().get(0).id());

    assertThat(rightAfterTheCall).isEqualTo(CallbackOutcome.PENDING);
    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.FAILED);
    assertThat(delivery.attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.statusCode()).isNull();
              assertThat(attempt.error()).isNotBlank();
            });
  }

  @Test
  void failsAnAttemptThatOutlastsTheTimeout(Vertx vertx) {
    Receiver receiver = Receiver.silent(vertx);
    start(
        vertx,
        new CallbackSettings(CallbackMethod.PUT, 0, Duration.ZERO, Duration.ofMillis(200), 1000));

    CallbackDelivery delivery = deliver(vertx, Transactions.successful(receiver.url("/slow")));

    assertThat(receiver.received()).hasSize(1);
    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.FAILED);
    assertThat(delivery.attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.statusCode()).isNull();
              assertThat(attempt.error()).isEqualTo("timeout: no answer within 200 ms");
              assertThat(attempt.durationMillis()).isGreaterThanOrEqualTo(150);
            });
  }

  @Test
  void deliversTwiceWithADuplicateFault(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, DEFAULTS);
    Transaction transaction =
        Transactions.successful(receiver.url("/cb"), new CallbackFault(false, true, Duration.ZERO));

    Awaits.onLoop(vertx, () -> changed(transaction));
    List<CallbackDelivery> entries = dispatcher.journal().list();
    entries.forEach(entry -> finished(vertx, entry.id()));

    assertThat(entries).hasSize(2);
    assertThat(entries).extracting(CallbackDelivery::id).doesNotHaveDuplicates();
    assertThat(receiver.received()).hasSize(2);
    assertThat(receiver.received().get(0).body()).isEqualTo(receiver.received().get(1).body());
  }

  @Test
  void journalsADropFaultAsDroppedAndSendsNothing(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, DEFAULTS);

    Awaits.onLoop(
        vertx,
        () ->
            changed(
                Transactions.successful(
                    receiver.url("/dropped"), new CallbackFault(true, true, Duration.ZERO))));
    deliver(vertx, Transactions.successful(receiver.url("/witness")));

    CallbackDelivery dropped = dispatcher.journal().list().get(1);
    assertThat(dropped.outcome()).isEqualTo(CallbackOutcome.DROPPED);
    assertThat(dropped.attempts()).isEmpty();
    assertThat(receiver.received()).extracting(Receiver.Received::path).containsExactly("/witness");
  }

  @Test
  void sendsADelayedCallbackOnlyWhenTheSimulatorClockReachesIt(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, DEFAULTS);

    Awaits.onLoop(
        vertx,
        () ->
            changed(
                Transactions.successful(
                    receiver.url("/late"), Transactions.delay(Duration.ofSeconds(30)))));
    String id = dispatcher.journal().list().get(0).id();
    int ranEarly =
        Awaits.onLoop(vertx, () -> scheduler.runDue(clock.advance(Duration.ofSeconds(29))));

    assertThat(ranEarly).isZero();
    assertThat(dispatcher.journal().find(id).orElseThrow().outcome())
        .isEqualTo(CallbackOutcome.PENDING);
    assertThat(scheduler.nextDue()).contains(NOW.plusSeconds(30));

    int ranOnTime =
        Awaits.onLoop(vertx, () -> scheduler.runDue(clock.advance(Duration.ofSeconds(1))));
    CallbackDelivery delivery = finished(vertx, id);

    assertThat(ranOnTime).isEqualTo(1);
    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(delivery.attempts().get(0).at()).isEqualTo(NOW.plusSeconds(30));
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void keepsOnlyTheNewestDeliveriesUpToTheCapacity(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(
        vertx,
        new CallbackSettings(CallbackMethod.PUT, 0, Duration.ZERO, Duration.ofSeconds(2), 2));

    List<String> ids =
        List.of(
            deliver(vertx, Transactions.successful(receiver.url("/1"))).id(),
            deliver(vertx, Transactions.successful(receiver.url("/2"))).id(),
            deliver(vertx, Transactions.successful(receiver.url("/3"))).id());

    assertThat(dispatcher.journal().list())
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(2), ids.get(1));
    assertThat(dispatcher.journal().find(ids.get(0))).isEmpty();
  }

  @Test
  void resendsAJournalledCallbackAsANewEntry(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx, 500);
    start(vertx, DEFAULTS);
    CallbackDelivery original = deliver(vertx, Transactions.successful(receiver.url("/cb")));

    CallbackDelivery resent = Awaits.result(dispatcher.resend(original.id()));

    assertThat(original.outcome()).isEqualTo(CallbackOutcome.FAILED);
    assertThat(resent.id()).isNotEqualTo(original.id());
    assertThat(resent.resendOf()).isEqualTo(original.id());
    assertThat(resent.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(resent.body()).isEqualTo(original.body());
    assertThat(dispatcher.journal().list())
        .extracting(CallbackDelivery::id)
        .containsExactly(resent.id(), original.id());
    assertThat(dispatcher.journal().find(original.id()).orElseThrow().attempts()).hasSize(1);
    assertThat(receiver.received()).hasSize(2);
  }

  @Test
  void resendsADroppedCallback(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    start(vertx, DEFAULTS);
    Awaits.onLoop(
        vertx,
        () ->
            changed(
                Transactions.successful(
                    receiver.url("/cb"), new CallbackFault(true, false, Duration.ZERO))));
    String dropped = dispatcher.journal().list().get(0).id();

    CallbackDelivery resent = Awaits.result(dispatcher.resend(dropped));

    assertThat(resent.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void refusesToResendAnUnknownCallback(Vertx vertx) {
    start(vertx, DEFAULTS);

    Throwable failure = Awaits.failure(dispatcher.resend("cb-404"));

    assertThat(failure)
        .isInstanceOfSatisfying(
            MomoException.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(404);
              assertThat(refusal.code()).isEqualTo("CALLBACK_NOT_FOUND");
              assertThat(refusal).hasMessageContaining("cb-404");
            });
  }

  private void start(Vertx vertx, CallbackSettings settings) {
    dispatcher =
        new CallbackDispatcher(vertx, clock, scheduler, new TransactionJson(false), settings);
  }

  private static CallbackSettings settings(CallbackMethod method, int retries) {
    return new CallbackSettings(
        method, retries, Duration.ofMillis(10), Duration.ofSeconds(2), 1000);
  }

  private Void changed(Transaction transaction) {
    dispatcher.changed(transaction);
    return null;
  }

  /** Tells the dispatcher on an event loop and waits until its (newest) delivery has finished. */
  private CallbackDelivery deliver(Vertx vertx, Transaction transaction) {
    String id =
        Awaits.onLoop(
            vertx,
            () -> {
              dispatcher.changed(transaction);
              return dispatcher.journal().list().get(0).id();
            });
    return finished(vertx, id);
  }

  private CallbackDelivery finished(Vertx vertx, String id) {
    return Awaits.until(
        vertx,
        () ->
            dispatcher
                .journal()
                .find(id)
                .filter(delivery -> delivery.outcome() != CallbackOutcome.PENDING));
  }
}
