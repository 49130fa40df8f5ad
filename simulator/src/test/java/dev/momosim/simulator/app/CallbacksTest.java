package dev.momosim.simulator.app;

import static dev.momosim.simulator.app.Completed.failure;
import static dev.momosim.simulator.app.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.CallbackMethod;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.Decision;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What {@link Callbacks} journals and hands to the sender, with a sender that only records; the
 * sending itself, over HTTP, is {@code callback.CallbackSenderTest}.
 */
class CallbacksTest {
  private static final String URL = "http://localhost:9/momo/callback";

  private final InMemoryStore store = Fixtures.store();
  private final Time time = Fixtures.time(store);
  private final CallbackJournal journal =
      new CallbackJournal(store.callbackJournal(), store.changes());
  private final RecordingSender sender = new RecordingSender();
  private final List<Change> announced = new CopyOnWriteArrayList<>();
  private Callbacks callbacks = callbacks(CallbackMethod.PUT);

  CallbacksTest() {
    store.changes().subscribe(announced::add);
  }

  @Test
  void journalsAFinalTransactionAsOneDeliveryAndSendsIt() {
    Transaction transaction = succeeded(URL, CallbackFault.NONE);

    callbacks.changed(transaction);

    CallbackDelivery delivery = newest();
    assertThat(delivery.referenceId()).isEqualTo(transaction.referenceId());
    assertThat(delivery.product()).isEqualTo(Product.COLLECTION);
    assertThat(delivery.url()).isEqualTo(URL);
    assertThat(delivery.method()).isEqualTo("PUT");
    assertThat(delivery.body()).isEqualTo(body(transaction));
    assertThat(delivery.resendOf()).isNull();
    assertThat(sender.sent).containsExactly(delivery.id());
    assertThat(announced)
        .extracting(change -> ((Change.CallbackChanged) change).delivery().outcome())
        .containsExactly(CallbackOutcome.PENDING, CallbackOutcome.DELIVERED);
  }

  @Test
  void sendsNothingWhenTheRequestHadNoCallbackUrl() {
    callbacks.changed(succeeded(null, CallbackFault.NONE));

    assertThat(value(callbacks.list(10))).isEmpty();
    assertThat(sender.sent).isEmpty();
  }

  @Test
  void sendsNothingUntilTheTransactionIsFinal() {
    Transaction pending = pending(Operation.REQUEST_TO_PAY, URL, CallbackFault.NONE);
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

    callbacks.changed(created);
    callbacks.changed(pending);

    assertThat(value(callbacks.list(10))).isEmpty();
    callbacks.changed(pending.succeeded("1234567890", Fixtures.START));
    assertThat(sender.sent).hasSize(1);
  }

  @Test
  void sendsAFailedTransactionToo() {
    callbacks.changed(
        pending(Operation.REQUEST_TO_PAY, URL, CallbackFault.NONE)
            .failed("APPROVAL_REJECTED", Fixtures.START));

    assertThat(newest().body()).contains("APPROVAL_REJECTED");
    assertThat(sender.sent).hasSize(1);
  }

  @Test
  void choosesTheMethodForEachOperation() {
    callbacks = callbacks(CallbackMethod.BY_VERSION);

    callbacks.changed(succeeded(URL, CallbackFault.NONE));
    callbacks.changed(
        pending(Operation.TRANSFER, URL, CallbackFault.NONE).failed("EXPIRED", Fixtures.START));

    assertThat(value(callbacks.list(10)))
        .extracting(CallbackDelivery::method)
        .containsExactly("POST", "POST");
  }

  @Test
  void journalsADropFaultAsDroppedAndSendsNothing() {
    callbacks.changed(succeeded(URL, new CallbackFault(true, true, Duration.ZERO)));

    CallbackDelivery dropped = newest();
    assertThat(value(callbacks.list(10))).hasSize(1);
    assertThat(dropped.outcome()).isEqualTo(CallbackOutcome.DROPPED);
    assertThat(dropped.attempts()).isEmpty();
    assertThat(sender.sent).isEmpty();
  }

  @Test
  void makesTwoDeliveriesOfOneBodyForADuplicateFault() {
    callbacks.changed(succeeded(URL, new CallbackFault(false, true, Duration.ZERO)));

    List<CallbackDelivery> entries = value(callbacks.list(10));
    assertThat(entries).hasSize(2);
    assertThat(entries).extracting(CallbackDelivery::id).doesNotHaveDuplicates();
    assertThat(entries.get(0).body()).isEqualTo(entries.get(1).body());
    assertThat(sender.sent)
        .containsExactlyInAnyOrderElementsOf(entries.stream().map(CallbackDelivery::id).toList());
  }

  @Test
  void sendsADelayedCallbackOnlyWhenTheSimulatorClockReachesIt() {
    callbacks.changed(succeeded(URL, new CallbackFault(false, false, Duration.ofSeconds(30))));
    String id = newest().id();

    value(time.advance(Duration.ofSeconds(29)));

    assertThat(sender.sent).isEmpty();
    assertThat(value(journal.find(id)).orElseThrow().outcome()).isEqualTo(CallbackOutcome.PENDING);
    assertThat(time.nextDue()).contains(Fixtures.START.plusSeconds(30));

    value(time.advance(Duration.ofSeconds(1)));

    assertThat(sender.sent).containsExactly(id);
    assertThat(value(journal.find(id)).orElseThrow().attempts().get(0).at())
        .isEqualTo(Fixtures.START.plusSeconds(30));
  }

  @Test
  void aDelayedCallbackStillBeingSentDoesNotHoldUpTheClock() {
    sender.holdEveryDelivery();
    callbacks.changed(succeeded(URL, new CallbackFault(false, false, Duration.ofSeconds(30))));

    Future<?> moved = time.advance(Duration.ofSeconds(30));

    assertThat(sender.sent).hasSize(1);
    assertThat(moved.isComplete())
        .as("the clock move completes while the receiver is silent")
        .isTrue();
    assertThat(time.settleDue().isComplete()).isTrue();
  }

  @Test
  void resendsADroppedCallbackAsANewEntryLeavingTheOriginalAsItWas() {
    callbacks.changed(succeeded(URL, new CallbackFault(true, false, Duration.ZERO)));
    CallbackDelivery dropped = newest();

    CallbackDelivery resent = value(callbacks.resend(dropped.id()));

    assertThat(resent.id()).isNotEqualTo(dropped.id());
    assertThat(resent.resendOf()).isEqualTo(dropped.id());
    assertThat(resent.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(resent.url()).isEqualTo(dropped.url());
    assertThat(resent.method()).isEqualTo(dropped.method());
    assertThat(resent.body()).isEqualTo(dropped.body());
    assertThat(sender.sent).containsExactly(resent.id());
    assertThat(value(journal.find(dropped.id()))).contains(dropped);
    assertThat(value(callbacks.list(10)))
        .extracting(CallbackDelivery::id)
        .containsExactly(resent.id(), dropped.id());
  }

  @Test
  void resendsWithoutTheOriginalsFault() {
    callbacks.changed(succeeded(URL, new CallbackFault(false, true, Duration.ofSeconds(30))));
    CallbackDelivery original = newest();

    CallbackDelivery resent = value(callbacks.resend(original.id()));

    assertThat(resent.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(sender.sent).containsExactly(resent.id());
  }

  @Test
  void refusesToResendAnUnknownCallback() {
    Throwable refusal = failure(callbacks.resend("cb-404"));

    assertThat(refusal)
        .isInstanceOfSatisfying(
            MomoException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.code()).isEqualTo("CALLBACK_NOT_FOUND");
              assertThat(e).hasMessageContaining("cb-404");
            });
    assertThat(sender.sent).isEmpty();
  }

  @Test
  void clearingEmptiesTheJournal() {
    callbacks.changed(succeeded(URL, CallbackFault.NONE));

    value(callbacks.clear());

    assertThat(value(callbacks.list(10))).isEmpty();
  }

  private Callbacks callbacks(CallbackMethod method) {
    return new Callbacks(journal, sender, time, method, CallbacksTest::body);
  }

  private static String body(Transaction transaction) {
    return "{\"status\":\""
        + transaction.status()
        + "\",\"reason\":\""
        + transaction.reason()
        + "\"}";
  }

  private CallbackDelivery newest() {
    return value(callbacks.list(1)).get(0);
  }

  private static Transaction pending(Operation operation, String url, CallbackFault fault) {
    Product product = operation == Operation.TRANSFER ? Product.DISBURSEMENT : Product.COLLECTION;
    return new Transaction(
        Fixtures.request(
            product, operation, UUID.randomUUID().toString(), "46733123454", "100", url),
        Fixtures.START,
        TransactionStatus.PENDING,
        null,
        null,
        new Decision(TransactionStatus.SUCCESSFUL, null, Fixtures.START),
        null,
        null,
        "test",
        fault);
  }

  private static Transaction succeeded(String url, CallbackFault fault) {
    return pending(Operation.REQUEST_TO_PAY, url, fault).succeeded("1234567890", Fixtures.START);
  }

  /**
   * Records what it is asked to send, and journals it delivered as a receiver answering 200 would,
   * unless told to hold every delivery.
   */
  private final class RecordingSender implements CallbackSending {
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private volatile boolean holding;

    /** From now on, a delivery never finishes, as with a receiver that never answers. */
    void holdEveryDelivery() {
      holding = true;
    }

    @Override
    public Future<CallbackDelivery> send(String id) {
      sent.add(id);
      if (holding) {
        return Promise.<CallbackDelivery>promise().future();
      }
      return journal
          .update(
              id,
              entry ->
                  entry
                      .withAttempt(new CallbackAttempt(time.now(), 200, null, 0))
                      .withOutcome(CallbackOutcome.DELIVERED))
          .map(updated -> updated.orElseThrow());
    }

    @Override
    public Future<Void> close() {
      return Future.succeededFuture();
    }
  }
}
