package dev.momosim.simulator.callback;

import dev.momosim.simulator.app.CallbackJournal;
import dev.momosim.simulator.app.CallbackSending;
import dev.momosim.simulator.app.Time;
import dev.momosim.simulator.config.CallbackSettings;
import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.Redaction;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one journalled delivery, attempt after attempt, until the receiver answers 2xx or the retry
 * policy is spent, journalling every attempt. Never throws: every failure ends up in the journal.
 *
 * <p>Every attempt goes through one bounded {@link SendQueue}: at most {@code connections} attempts
 * are in flight (over all receivers together; the client's pool per receiver is as large, so an
 * attempt that holds a slot never waits for a pooled connection) and at most {@code queueCapacity}
 * wait. The attempt's timeout runs from when it leaves the queue. An attempt that finds the queue
 * full is journalled as not sent, with that reason, and counts as an attempt: it is retried like a
 * failed one.
 *
 * <p>The delivery is read from the journal once, when its sending starts, and carried from then on:
 * an entry the bounded journal forgets while it waits is still sent, and its attempts and log line
 * still happen.
 *
 * <p>{@link #close} settles what has not been sent: an attempt still waiting in the queue or for
 * its retry timer is journalled as not sent ({@value #STOPPING}) and is the delivery's last; an
 * attempt in flight ends with the error the closed client gives it (it was sent).
 *
 * <p>Retries wait in real time ({@code vertx.setTimer}), not on the simulator clock: they are about
 * a real receiver being slow or down, not about the simulated world, so freezing the clock must not
 * stall them and advancing it must not hammer the receiver. Attempt instants are still read from
 * the simulator clock so the journal lines up with the transactions.
 */
public final class CallbackSender implements CallbackSending {
  /** The User-Agent MTN's callbacks carry. */
  public static final String USER_AGENT = "LWAC Http Client 1.0";

  static final String CONTENT_TYPE = "application/json";

  /** Why an attempt that had not been sent when sending stopped never will be. */
  static final String STOPPING = "simulator stopping";

  private final Vertx vertx;
  private final WebClient client;
  private final SendQueue queue;
  private final Time time;
  private final CallbackJournal journal;
  private final CallbackSettings settings;
  private final java.util.function.Consumer<String> log;
  private final Set<Future<CallbackDelivery>> underWay = ConcurrentHashMap.newKeySet();
  private final Set<Retry> retries = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  /**
   * @param log where the line for each delivery that did not succeed goes (a writer off the event
   *     loop)
   */
  public CallbackSender(
      Vertx vertx,
      Time time,
      CallbackJournal journal,
      CallbackSettings settings,
      java.util.function.Consumer<String> log) {
    this.vertx = vertx;
    this.client =
        WebClient.create(
            vertx,
            new WebClientOptions()
                .setUserAgent(USER_AGENT)
                .setFollowRedirects(false)
                .setConnectTimeout(
                    (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis())),
            // As many connections per receiver as slots in the queue: a slot always finds one.
            new PoolOptions().setHttp1MaxSize(settings.connections()));
    this.queue = new SendQueue(settings.queueCapacity(), settings.connections());
    this.time = time;
    this.journal = journal;
    this.settings = settings;
    this.log = log;
  }

  /** Sends the journalled delivery {@code id}; completes with its final entry. */
  @Override
  public Future<CallbackDelivery> send(String id) {
    Promise<CallbackDelivery> done = Promise.promise();
    underWay.add(done.future());
    done.future().onComplete(ended -> underWay.remove(done.future()));
    journal
        .find(id)
        .onComplete(
            found -> {
              if (found.failed() || found.result().isEmpty()) {
                done.fail(
                    new IllegalStateException(
                        "callback " + id + " left the journal before it was sent"));
              } else {
                attempt(found.result().get(), 1, done);
              }
            });
    return done.future();
  }

  /**
   * Stops sending: attempts waiting in the queue or for a retry are journalled as not sent ({@value
   * #STOPPING}), attempts in flight are cut by closing the web client, and no retry follows either.
   * Completes once every delivery under way has its final journal entry.
   */
  @Override
  public Future<Void> close() {
    stopping = true;
    queue.close();
    for (Retry retry : List.copyOf(retries)) {
      retry.now();
    }
    List<Future<CallbackDelivery>> ending = List.copyOf(underWay);
    client.close();
    return Future.join(ending).transform(all -> Future.succeededFuture());
  }

  private void attempt(CallbackDelivery delivery, int number, Promise<CallbackDelivery> done) {
    boolean queued =
        queue.offer(
            () -> sendNow(delivery, number, done), () -> notSent(delivery, number, STOPPING, done));
    if (!queued) {
      String reason = "queue full: " + settings.queueCapacity() + " callbacks waiting";
      notSent(delivery, number, reason, done);
    }
  }

  private void notSent(
      CallbackDelivery delivery, int number, String reason, Promise<CallbackDelivery> done) {
    afterAttempt(delivery, number, CallbackAttempt.notSent(time.now(), reason), done);
  }

  /** Runs when the attempt holds a slot: its instant and its timeout start here. */
  private Future<?> sendNow(CallbackDelivery delivery, int number, Promise<CallbackDelivery> done) {
    if (stopping) { // it left the queue as sending stopped: the client is closed or closing
      notSent(delivery, number, STOPPING, done);
      return Future.succeededFuture();
    }
    Instant at = time.now();
    long started = System.nanoTime();
    Future<HttpResponse<Buffer>> response = request(delivery);
    response.onComplete(
        result -> {
          long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
          CallbackAttempt attempt =
              result.succeeded()
                  ? new CallbackAttempt(at, result.result().statusCode(), null, millis)
                  : new CallbackAttempt(at, null, describe(result.cause()), millis);
          afterAttempt(delivery, number, attempt, done);
        });
    return response;
  }

  private Future<HttpResponse<Buffer>> request(CallbackDelivery delivery) {
    try {
      // timeout = connect timeout (obtaining a connection, which the slot makes immediate, and
      // connecting) plus idle timeout (waiting for the answer); both start now.
      return client
          .requestAbs(HttpMethod.valueOf(delivery.method()), delivery.url())
          .putHeader("Content-Type", CONTENT_TYPE)
          .timeout(settings.timeout().toMillis())
          .sendBuffer(Buffer.buffer(delivery.body()));
    } catch (RuntimeException e) { // a URL the client cannot even parse
      return Future.failedFuture(e);
    }
  }

  private void afterAttempt(
      CallbackDelivery delivery,
      int number,
      CallbackAttempt attempt,
      Promise<CallbackDelivery> done) {
    boolean last = attempt.delivered() || number > settings.retries() || stopping;
    CallbackDelivery tried = delivery.withAttempt(attempt);
    CallbackOutcome outcome = outcome(tried, attempt, last);
    CallbackDelivery updated = tried.withOutcome(outcome);
    journal
        .update(delivery.id(), entry -> entry.withAttempt(attempt).withOutcome(outcome))
        .onComplete(
            result -> {
              // The journal may have forgotten the entry (it is bounded, or was cleared): the
              // delivery goes on from the copy carried here.
              CallbackDelivery current =
                  result.succeeded() ? result.result().orElse(updated) : updated;
              afterUpdate(current, number, attempt, last, done);
            });
  }

  private static CallbackOutcome outcome(
      CallbackDelivery tried, CallbackAttempt attempt, boolean last) {
    if (attempt.delivered()) {
      return CallbackOutcome.DELIVERED;
    } else if (!last) {
      return CallbackOutcome.PENDING;
    }
    boolean everSent = tried.attempts().stream().anyMatch(CallbackAttempt::sent);
    return everSent ? CallbackOutcome.FAILED : CallbackOutcome.NOT_SENT;
  }

  private void afterUpdate(
      CallbackDelivery updated,
      int number,
      CallbackAttempt attempt,
      boolean last,
      Promise<CallbackDelivery> done) {
    if (last) {
      log(updated, attempt);
      done.complete(updated);
    } else {
      long wait = settings.retryInterval().toMillis();
      if (wait <= 0) {
        attempt(updated, number + 1, done);
      } else {
        Retry retry = new Retry(() -> attempt(updated, number + 1, done));
        retries.add(retry);
        retry.timer = vertx.setTimer(wait, fired -> retry.now());
        if (stopping) { // stopping began meanwhile: close() may have missed this retry
          retry.now();
          vertx.cancelTimer(retry.timer);
        }
      }
    }
  }

  /** An attempt waiting for its retry timer; {@link #now} starts it early (once, whoever asks). */
  private final class Retry {
    private final Runnable attempt;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile long timer = -1;

    Retry(Runnable attempt) {
      this.attempt = attempt;
    }

    void now() {
      if (started.compareAndSet(false, true)) {
        retries.remove(this);
        vertx.cancelTimer(timer);
        attempt.run();
      }
    }
  }

  /**
   * One line per delivery that did not succeed; never headers or body, and the URL with its secrets
   * masked (some receivers put a token in the query).
   */
  private void log(CallbackDelivery delivery, CallbackAttempt last) {
    if (delivery.outcome() != CallbackOutcome.DELIVERED) {
      log.accept(
          "callback "
              + delivery.id()
              + " "
              + delivery.method()
              + " "
              + Redaction.url(delivery.url())
              + " for "
              + delivery.referenceId()
              + ": "
              + delivery.outcome()
              + " after "
              + delivery.attempts().size()
              + " attempt(s), last "
              + (last.statusCode() != null ? last.statusCode() : last.error()));
    }
  }

  private String describe(Throwable cause) {
    if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
      return "timeout: no answer within " + settings.timeout().toMillis() + " ms";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
