package dev.momosim.simulator.callback;

import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Scheduler;
import dev.momosim.simulator.domain.SimulatorClock;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionListener;
import dev.momosim.simulator.http.TransactionJson;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.List;

/**
 * Sends MoMo callbacks (momo-api.md §12): when a transaction whose creating call carried {@code
 * X-Callback-Url} becomes SUCCESSFUL or FAILED, its status-GET body (no {@code referenceId}) is
 * sent to that URL with {@link CallbackSettings}' method, retries and timeout, and the
 * transaction's {@link CallbackFault} applied: drop journals a DROPPED entry and sends nothing,
 * duplicate sends two deliveries, delay schedules the sending on the simulator clock (so advancing
 * the clock fires it).
 *
 * <p>{@link #changed} only journals and starts the send, then returns: a slow or dead receiver
 * never holds up or fails the API; every outcome lands in the {@link CallbackJournal}. Sending
 * happens on the Vert.x context this dispatcher was created on (the simulator's event loop when
 * created in the verticle). Thread-safe: the only state is the journal and one {@link WebClient}.
 */
public final class CallbackDispatcher implements TransactionListener {
  /** The User-Agent MTN's callbacks carry. */
  public static final String USER_AGENT = "LWAC Http Client 1.0";

  private final Context context;
  private final WebClient client;
  private final SimulatorClock clock;
  private final Scheduler scheduler;
  private final TransactionJson json;
  private final CallbackSettings settings;
  private final CallbackJournal journal;
  private final CallbackSender sender;

  /**
   * @param json renders the body exactly as the status GET does (same reason format)
   */
  public CallbackDispatcher(
      Vertx vertx,
      SimulatorClock clock,
      Scheduler scheduler,
      TransactionJson json,
      CallbackSettings settings) {
    this.context = vertx.getOrCreateContext();
    this.client =
        WebClient.create(
            vertx,
            new WebClientOptions()
                .setUserAgent(USER_AGENT)
                .setFollowRedirects(false)
                .setConnectTimeout(
                    (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis())));
    this.clock = clock;
    this.scheduler = scheduler;
    this.json = json;
    this.settings = settings;
    this.journal = new CallbackJournal(settings.journalCapacity());
    this.sender = new CallbackSender(vertx, client, clock, journal, settings);
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
      journal.add(delivery);
      if (fault.delay().isZero() || fault.delay().isNegative()) {
        sender.send(delivery.id());
      } else {
        scheduler.schedule(clock.now().plus(fault.delay()), () -> sender.send(delivery.id()));
      }
    }
  }

  /**
   * Sends a journalled callback again, to the same URL with the same method and body, applying the
   * retry policy but no fault. The re-send is a new journal entry whose {@code resendOf} names the
   * original, so the original's history stays as it happened.
   *
   * @return the new entry once delivered or failed; a failed Future with a {@link MomoException}
   *     (404, {@code CALLBACK_NOT_FOUND}) when the journal holds no such id
   */
  public Future<CallbackDelivery> resend(String id) {
    Promise<String> copied = Promise.promise();
    context.runOnContext(
        ignored -> {
          try {
            copied.complete(copyForResend(id));
          } catch (MomoException e) {
            copied.fail(e);
          }
        });
    return copied.future().compose(sender::send);
  }

  private String copyForResend(String id) {
    CallbackDelivery original =
        journal
            .find(id)
            .orElseThrow(
                () ->
                    new MomoException(
                        404,
                        "CALLBACK_NOT_FOUND",
                        "No callback " + id + " in the callback journal."));
    CallbackDelivery copy =
        new CallbackDelivery(
            journal.nextId(),
            original.referenceId(),
            original.product(),
            original.url(),
            original.method(),
            original.body(),
            List.of(),
            CallbackOutcome.PENDING,
            original.id());
    journal.add(copy);
    return copy.id();
  }

  private CallbackDelivery newEntry(Transaction transaction, CallbackOutcome outcome) {
    return new CallbackDelivery(
        journal.nextId(),
        transaction.referenceId(),
        transaction.product(),
        transaction.request().callbackUrl(),
        settings.method().httpMethodFor(transaction.request().operation()),
        json.render(transaction).encode(),
        List.of(),
        outcome,
        null);
  }

  /** Where a line goes for each callback that was not delivered; by default nowhere. */
  public void logTo(java.util.function.Consumer<String> lines) {
    sender.logTo(lines);
  }

  public CallbackJournal journal() {
    return journal;
  }

  public CallbackSettings settings() {
    return settings;
  }

  /** Closes the web client; deliveries still in flight fail and are journalled as FAILED. */
  public void close() {
    client.close();
  }
}
