package dev.momosim.simulator.callback;

import static dev.momosim.simulator.domain.CallbackMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.app.CallbackJournal;
import dev.momosim.simulator.app.Callbacks;
import dev.momosim.simulator.app.Scheduler;
import dev.momosim.simulator.app.Time;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.config.CallbackSettings;
import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.CallbackMethod;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.SimulatorClock;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.http.TransactionJson;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Callback delivery to a real local receiver (issue 3 item 4, momo-api.md §12): the {@link
 * CallbackSender} wired behind {@link Callbacks} as the verticle wires them. What {@link Callbacks}
 * decides on its own (faults, re-sends) is {@code app.CallbacksTest}.
 */
@ExtendWith(VertxExtension.class)
class CallbackSenderTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:05Z");
  private static final CallbackSettings DEFAULTS = SimulatorConfig.defaults().callbacks();

  private final InMemoryStore store =
      new InMemoryStore(
          new InMemoryStore.Settings(
              100, 1000, 100, account -> BigDecimal.ZERO, List.of(), ApprovalMode.AUTO));
  private final Time time =
      new Time(
          new SimulatorClock(Clock.fixed(NOW, ZoneOffset.UTC)),
          new Scheduler(store.work()),
          store.clock(),
          store.changes());
  private final CallbackJournal journal =
      new CallbackJournal(store.callbackJournal(), store.changes());
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private CallbackSender sender;
  private Callbacks callbacks;

  @AfterEach
  void close() {
    if (sender != null) {
      sender.close();
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
    assertThat(delivery.method()).isEqualTo("PUT");
    assertThat(delivery.attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.statusCode()).isEqualTo(200);
              assertThat(attempt.error()).isNull();
              assertThat(attempt.at()).isEqualTo(NOW);
            });
    assertThat(logged).isEmpty();
  }

  @Test
  void rendersTheReasonAsTheStatusGetDoes(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx);
    TransactionJson objectReasons = new TransactionJson(true);
    start(vertx, DEFAULTS, objectReasons);
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
    assertThat(delivery.method()).isEqualTo("POST");
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
  void logsAFailedDeliveryWithTheQueryStringsSecretsMasked(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx, 500);
    start(vertx, DEFAULTS);

    CallbackDelivery delivery =
        deliver(vertx, Transactions.successful(receiver.url("/cb?token=s3cr3t")));

    assertThat(logged)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line).contains(delivery.id(), "PUT", "/cb?token=***", "FAILED", "500");
              assertThat(line).doesNotContain("s3cr3t");
            });
  }

  @Test
  void journalsADeadReceiverWithoutHoldingUpTheCaller(Vertx vertx) {
    String deadUrl = Receiver.deadUrl(vertx);
    start(vertx, DEFAULTS);

    CallbackOutcome rightAfterTheCall =
        Awaits.onLoop(
            vertx,
            () -> {
              callbacks.changed(Transactions.successful(deadUrl));
              return newest().outcome();
            });
    CallbackDelivery delivery = finished(newest().id());

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
        new CallbackSettings(
            CallbackMethod.PUT,
            0,
            Duration.ZERO,
            Duration.ofMillis(200),
            1000,
            DEFAULTS.queueCapacity(),
            DEFAULTS.connections()));

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
    List<CallbackDelivery> entries = entries();
    entries.forEach(entry -> finished(entry.id()));

    assertThat(entries).hasSize(2);
    assertThat(entries).extracting(CallbackDelivery::id).doesNotHaveDuplicates();
    assertThat(receiver.received()).hasSize(2);
    assertThat(receiver.received().get(0).body()).isEqualTo(receiver.received().get(1).body());
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
    String id = newest().id();
    Awaits.result(Awaits.onLoop(vertx, () -> time.advance(Duration.ofSeconds(29))));

    assertThat(find(id).orElseThrow().outcome()).isEqualTo(CallbackOutcome.PENDING);
    assertThat(find(id).orElseThrow().attempts()).isEmpty();
    assertThat(time.nextDue()).contains(NOW.plusSeconds(30));

    Awaits.onLoop(vertx, () -> time.advance(Duration.ofSeconds(1)));
    CallbackDelivery delivery = finished(id);

    assertThat(time.nextDue()).isEmpty();
    assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(delivery.attempts().get(0).at()).isEqualTo(NOW.plusSeconds(30));
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void resendsAJournalledCallbackAsANewEntry(Vertx vertx) {
    Receiver receiver = Receiver.answering(vertx, 500);
    start(vertx, DEFAULTS);
    CallbackDelivery original = deliver(vertx, Transactions.successful(receiver.url("/cb")));

    CallbackDelivery resent =
        Awaits.result(Awaits.onLoop(vertx, () -> callbacks.resend(original.id())));

    assertThat(original.outcome()).isEqualTo(CallbackOutcome.FAILED);
    assertThat(resent.id()).isNotEqualTo(original.id());
    assertThat(resent.resendOf()).isEqualTo(original.id());
    assertThat(resent.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(resent.body()).isEqualTo(original.body());
    assertThat(entries())
        .extracting(CallbackDelivery::id)
        .containsExactly(resent.id(), original.id());
    assertThat(find(original.id()).orElseThrow().attempts()).hasSize(1);
    assertThat(receiver.received()).hasSize(2);
    assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
  }

  @Test
  void failsToSendADeliveryThatLeftTheJournal(Vertx vertx) {
    start(vertx, DEFAULTS);

    Throwable failure = Awaits.failure(sender.send("cb-404"));

    assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("cb-404");
  }

  @Test
  void journalsAnAttemptThatFindsTheQueueFullAsNotSentAndSendsTheOthers(Vertx vertx) {
    Receiver receiver = Receiver.holding(vertx);
    start(vertx, queued(1, 1, 0, Duration.ZERO));

    List<CallbackDelivery> journalled = settleThree(vertx, receiver);
    CallbackDelivery third = byPath(journalled, "/third");

    assertThat(third.outcome()).isEqualTo(CallbackOutcome.NOT_SENT);
    assertThat(third.attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.sent()).isFalse();
              assertThat(attempt.statusCode()).isNull();
              assertThat(attempt.error()).isEqualTo("queue full: 1 callbacks waiting");
            });
    assertThat(logged)
        .singleElement()
        .satisfies(line -> assertThat(line).contains(third.id(), "NOT_SENT", "queue full"));

    Awaits.until(() -> Optional.of(receiver.received()).filter(got -> got.size() == 1));
    receiver.release();

    assertThat(finished(byPath(journalled, "/first").id()).outcome())
        .isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(finished(byPath(journalled, "/second").id()).outcome())
        .isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(receiver.received())
        .extracting(Receiver.Received::path)
        .containsExactly("/first", "/second");
    assertThat(receiver.mostUnansweredAtOnce()).isEqualTo(1);
  }

  @Test
  void retriesAnAttemptThatFoundTheQueueFullThroughTheQueue(Vertx vertx) {
    Receiver receiver = Receiver.holding(vertx);
    start(vertx, queued(1, 1, 500, Duration.ofMillis(20)));

    List<CallbackDelivery> journalled = settleThree(vertx, receiver);
    String third = byPath(journalled, "/third").id();
    Awaits.until(() -> find(third).filter(entry -> entry.attempts().size() >= 2));
    receiver.release();
    CallbackDelivery delivered = finished(third);

    assertThat(delivered.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    List<CallbackAttempt> attempts = delivered.attempts();
    assertThat(attempts.subList(0, attempts.size() - 1))
        .allSatisfy(
            attempt -> {
              assertThat(attempt.sent()).isFalse();
              assertThat(attempt.error()).isEqualTo("queue full: 1 callbacks waiting");
            });
    assertThat(attempts.get(attempts.size() - 1).statusCode()).isEqualTo(200);
    Awaits.until(() -> Optional.of(receiver.received()).filter(got -> got.size() == 3));
    assertThat(receiver.received())
        .extracting(Receiver.Received::path)
        .containsExactlyInAnyOrder("/first", "/second", "/third");
  }

  @Test
  void sendsADeliveryTheBoundedJournalForgotWhileItWaited(Vertx vertx) {
    InMemoryStore small =
        new InMemoryStore(
            new InMemoryStore.Settings(
                100, 1, 100, account -> BigDecimal.ZERO, List.of(), ApprovalMode.AUTO));
    CallbackJournal oneEntry = new CallbackJournal(small.callbackJournal(), small.changes());
    Receiver receiver = Receiver.holding(vertx);
    sender =
        new CallbackSender(vertx, time, oneEntry, queued(10, 1, 0, Duration.ZERO), logged::add);

    List<Future<CallbackDelivery>> sends =
        Awaits.onLoop(
            vertx,
            () ->
                List.of("/first", "/second", "/third").stream()
                    .map(
                        path -> {
                          CallbackDelivery entry = pendingEntry(oneEntry, receiver.url(path));
                          answered(oneEntry.add(entry));
                          return sender.send(entry.id());
                        })
                    .toList());
    receiver.release();

    assertThat(sends)
        .extracting(send -> Awaits.result(send).outcome())
        .containsOnly(CallbackOutcome.DELIVERED);
    assertThat(receiver.received())
        .extracting(Receiver.Received::path)
        .containsExactly("/first", "/second", "/third");
    assertThat(answered(oneEntry.list(10))).hasSize(1);
  }

  @Test
  void timesAnAttemptFromWhenItIsSentNotWhileItWaits(Vertx vertx) {
    Receiver receiver = Receiver.answeringAfter(vertx, Duration.ofMillis(100));
    start(vertx, new CallbackSettings(PUT, 0, Duration.ZERO, Duration.ofMillis(1000), 100, 20, 1));

    List<CallbackDelivery> journalled =
        Awaits.onLoop(
            vertx,
            () -> {
              for (int i = 0; i < 12; i++) {
                callbacks.changed(Transactions.successful(receiver.url("/cb/" + i)));
              }
              return entries();
            });

    assertThat(journalled)
        .hasSize(12)
        .extracting(entry -> finished(entry.id()).outcome())
        .as("12 x 100 ms in a row outlast one 1000 ms timeout; each attempt alone does not")
        .containsOnly(CallbackOutcome.DELIVERED);
    assertThat(receiver.mostUnansweredAtOnce()).isEqualTo(1);
  }

  @Test
  void closingJournalsTheAttemptsStillQueuedAsNotSentAndCutsTheOneInFlight(Vertx vertx) {
    Receiver receiver = Receiver.silent(vertx);
    start(vertx, queued(10, 1, 0, Duration.ZERO));
    List<CallbackDelivery> journalled = settleThree(vertx, receiver);
    Awaits.until(() -> Optional.of(receiver.received()).filter(got -> !got.isEmpty()));

    Awaits.result(sender.close());

    CallbackDelivery inFlight = find(byPath(journalled, "/first").id()).orElseThrow();
    assertThat(inFlight.outcome()).isEqualTo(CallbackOutcome.FAILED);
    assertThat(inFlight.attempts()).singleElement().satisfies(a -> assertThat(a.sent()).isTrue());
    for (String path : List.of("/second", "/third")) {
      CallbackDelivery waited = find(byPath(journalled, path).id()).orElseThrow();
      assertThat(waited.outcome()).as(path).isEqualTo(CallbackOutcome.NOT_SENT);
      assertThat(waited.attempts())
          .as(path)
          .singleElement()
          .isEqualTo(CallbackAttempt.notSent(NOW, "simulator stopping"));
    }
    assertThat(receiver.received()).extracting(Receiver.Received::path).containsExactly("/first");
    assertThat(logged).hasSize(3);
  }

  @Test
  void closingEndsTheDeliveriesWaitingForARetryWithAnAttemptNotSent(Vertx vertx) {
    Receiver receiver = Receiver.holding(vertx);
    start(vertx, queued(1, 1, 1, Duration.ofMinutes(10)));
    List<CallbackDelivery> journalled = settleThree(vertx, receiver);
    String third = byPath(journalled, "/third").id();
    assertThat(find(third).orElseThrow().attempts()).as("the queue was full").hasSize(1);

    Awaits.result(sender.close());

    assertThat(find(third).orElseThrow())
        .satisfies(
            delivery -> {
              assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.NOT_SENT);
              assertThat(delivery.attempts())
                  .extracting(CallbackAttempt::sent, CallbackAttempt::error)
                  .containsExactly(
                      tuple(false, "queue full: 1 callbacks waiting"),
                      tuple(false, "simulator stopping"));
            });
    assertThat(find(byPath(journalled, "/second").id()).orElseThrow().attempts())
        .as("it waited in the queue")
        .extracting(CallbackAttempt::sent, CallbackAttempt::error)
        .containsExactly(tuple(false, "simulator stopping"));
  }

  private void start(Vertx vertx, CallbackSettings settings) {
    start(vertx, settings, new TransactionJson(false));
  }

  private void start(Vertx vertx, CallbackSettings settings, TransactionJson json) {
    sender = new CallbackSender(vertx, time, journal, settings, logged::add);
    callbacks = new Callbacks(journal, sender, time, settings.method(), json::text);
  }

  /**
   * Settles three payments calling back to {@code /first}, {@code /second} and {@code /third} on
   * the receiver, on an event loop; returns the journal right after.
   */
  private List<CallbackDelivery> settleThree(Vertx vertx, Receiver receiver) {
    return Awaits.onLoop(
        vertx,
        () -> {
          for (String path : List.of("/first", "/second", "/third")) {
            callbacks.changed(Transactions.successful(receiver.url(path)));
          }
          return entries();
        });
  }

  private static CallbackSettings queued(
      int queueCapacity, int connections, int retries, Duration retryInterval) {
    return new CallbackSettings(
        PUT, retries, retryInterval, Duration.ofSeconds(60), 1000, queueCapacity, connections);
  }

  private static CallbackDelivery byPath(List<CallbackDelivery> entries, String path) {
    return entries.stream().filter(entry -> entry.url().endsWith(path)).findFirst().orElseThrow();
  }

  private static CallbackDelivery pendingEntry(CallbackJournal journal, String url) {
    return new CallbackDelivery(
        journal.newId(),
        UUID.randomUUID().toString(),
        Product.COLLECTION,
        url,
        "PUT",
        "{\"status\":\"SUCCESSFUL\"}",
        List.of(),
        CallbackOutcome.PENDING,
        null);
  }

  private static CallbackSettings settings(CallbackMethod method, int retries) {
    return new CallbackSettings(
        method,
        retries,
        Duration.ofMillis(10),
        Duration.ofSeconds(2),
        1000,
        DEFAULTS.queueCapacity(),
        DEFAULTS.connections());
  }

  private Void changed(Transaction transaction) {
    callbacks.changed(transaction);
    return null;
  }

  /** The journal, newest first. */
  private List<CallbackDelivery> entries() {
    return answered(journal.list(1000));
  }

  private CallbackDelivery newest() {
    return entries().get(0);
  }

  private Optional<CallbackDelivery> find(String id) {
    return answered(journal.find(id));
  }

  /** The in-memory journal answers before returning, so this never blocks an event loop. */
  private static <T> T answered(Future<T> future) {
    assertThat(future.succeeded()).as("answered at once").isTrue();
    return future.result();
  }

  /** Tells the callbacks on an event loop and waits until its (newest) delivery has finished. */
  private CallbackDelivery deliver(Vertx vertx, Transaction transaction) {
    String id =
        Awaits.onLoop(
            vertx,
            () -> {
              callbacks.changed(transaction);
              return newest().id();
            });
    return finished(id);
  }

  private CallbackDelivery finished(String id) {
    return Awaits.until(
        () -> find(id).filter(delivery -> delivery.outcome() != CallbackOutcome.PENDING));
  }
}
