package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.WorkQueue;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.CallbackMethod;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionListener;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * MoMo callbacks (momo-api.md §12): when a transaction whose creating call carried {@code
 * X-Callback-Url} becomes SUCCESSFUL or FAILED, its status-GET body is sent to that URL, with the
 * transaction's {@link CallbackFault} applied: drop journals a DROPPED entry and sends nothing,
 * duplicate sends two deliveries, delay schedules the sending on the simulator clock (so advancing
 * the clock fires it).
 *
 * <p>{@link #changed} only journals and starts the send, then returns: a slow or dead receiver
 * never holds up or fails the API; every outcome lands in the {@link CallbackJournal}. Thread-safe.
 */
public final class Callbacks implements TransactionListener {
  private static final int RESUME_PAGE = 500;

  private final CallbackJournal journal;
  private final CallbackSending sending;
  private final Time time;
  private final CallbackMethod method;
  private final Function<Transaction, String> body;

  /**
   * @param body renders the body exactly as the status GET does (same reason format)
   */
  public Callbacks(
      CallbackJournal journal,
      CallbackSending sending,
      Time time,
      CallbackMethod method,
      Function<Transaction, String> body) {
    this.journal = journal;
    this.sending = sending;
    this.time = time;
    this.method = method;
    this.body = body;
    // Only starts each send: a slow receiver must not hold up the clock's other work.
    time.handle(
        WorkQueue.Kind.SEND_CALLBACK,
        Scheduler.Completion.BY_HANDLER,
        claim -> {
          send(claim);
          return Future.succeededFuture();
        });
  }

  @Override
  public void changed(Transaction transaction) {
    String url = transaction.request().callbackUrl();
    if (url == null || !transaction.isFinal()) {
      return;
    }
    CallbackFault fault = transaction.callbackFault();
    if (fault.drop()) {
      journal.add(newEntry(transaction, CallbackOutcome.DROPPED));
      return;
    }
    int copies = fault.duplicate() ? 2 : 1;
    for (int i = 0; i < copies; i++) {
      CallbackDelivery delivery = newEntry(transaction, CallbackOutcome.PENDING);
      journal
          .add(delivery)
          .onSuccess(
              kept -> {
                if (fault.delay().isZero() || fault.delay().isNegative()) {
                  sendNow(delivery.id());
                } else {
                  time.schedule(time.now().plus(fault.delay()), sendJob(delivery.id()));
                }
              });
    }
  }

  /**
   * Sends a journalled callback again, to the same URL with the same method and body, applying the
   * retry policy but no fault. The re-send is a new journal entry whose {@code resendOf} names the
   * original, so the original's history stays as it happened.
   *
   * @return the new entry once delivered or failed; fails 404 CALLBACK_NOT_FOUND for an unknown id
   */
  public Future<CallbackDelivery> resend(String id) {
    return journal
        .find(id)
        .compose(
            found -> {
              CallbackDelivery original =
                  found.orElseThrow(
                      () ->
                          new MomoException(
                              404,
                              "CALLBACK_NOT_FOUND",
                              "No callback " + id + " in the callback journal."));
              return journal.add(
                  new CallbackDelivery(
                      journal.newId(),
                      original.referenceId(),
                      original.product(),
                      original.url(),
                      original.method(),
                      original.body(),
                      List.of(),
                      CallbackOutcome.PENDING,
                      original.id()));
            })
        .compose(copy -> sendNow(copy.id()));
  }

  private static WorkQueue.Job sendJob(String deliveryId) {
    return new WorkQueue.Job(WorkQueue.Kind.SEND_CALLBACK, deliveryId);
  }

  /**
   * Sends at once, the send kept as a job taken by this instance until it ends: if this instance
   * stops first, a durable queue hands it to another.
   */
  private Future<CallbackDelivery> sendNow(String deliveryId) {
    return time.scheduleTaken(sendJob(deliveryId)).compose(claim -> send(claim));
  }

  /** Sends the delivery of {@code claim}, reporting the job done once the delivery has ended. */
  private Future<CallbackDelivery> send(WorkQueue.Claim claim) {
    return sending.send(claim.job().key()).andThen(ended -> time.done(claim));
  }

  /**
   * Sends again every journalled delivery still PENDING (after a restart or a state import): each
   * at its transaction's end plus the delay its fault asked for, at once if that has passed.
   *
   * @param transactionOf the transaction a delivery is for, by reference id
   */
  public Future<Void> resumePending(Function<String, Future<Optional<Transaction>>> transactionOf) {
    return resumePending(null, transactionOf);
  }

  private Future<Void> resumePending(
      String after, Function<String, Future<Optional<Transaction>>> transactionOf) {
    return journal
        .list(after, RESUME_PAGE)
        .compose(
            page -> {
              Future<Void> resumed = Future.succeededFuture();
              for (CallbackDelivery delivery : page) {
                if (delivery.outcome() == CallbackOutcome.PENDING) {
                  resumed =
                      resumed.compose(
                          done ->
                              transactionOf
                                  .apply(delivery.referenceId())
                                  .map(
                                      transaction -> {
                                        scheduleSend(delivery, transaction);
                                        return null;
                                      }));
                }
              }
              return page.size() < RESUME_PAGE
                  ? resumed
                  : resumed.compose(
                      done -> resumePending(page.get(page.size() - 1).id(), transactionOf));
            });
  }

  private void scheduleSend(CallbackDelivery delivery, Optional<Transaction> transaction) {
    Instant due =
        delivery.resendOf() == null
            ? transaction
                .filter(found -> found.finishedAt() != null)
                .map(found -> found.finishedAt().plus(found.callbackFault().delay()))
                .orElse(time.now())
            : time.now();
    time.schedule(due, sendJob(delivery.id()));
  }

  /** The journal, newest first. */
  public Future<List<CallbackDelivery>> list(int limit) {
    return list(null, limit);
  }

  /** The journal, newest first, older than the delivery {@code after} (null: the newest). */
  public Future<List<CallbackDelivery>> list(String after, int limit) {
    return journal.list(after, limit);
  }

  public Future<Void> clear() {
    return journal.clear();
  }

  private CallbackDelivery newEntry(Transaction transaction, CallbackOutcome outcome) {
    return new CallbackDelivery(
        journal.newId(),
        transaction.referenceId(),
        transaction.product(),
        transaction.request().callbackUrl(),
        method.httpMethodFor(transaction.request().version()),
        body.apply(transaction),
        List.of(),
        outcome,
        null);
  }
}
