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
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one journalled delivery, attempt after attempt, until the receiver answers 2xx or the retry
 * policy is spent, journalling every attempt. Never throws: every failure ends up in the journal.
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

  private final Vertx vertx;
  private final WebClient client;
  private final Time time;
  private final CallbackJournal journal;
  private final CallbackSettings settings;
  private final java.util.function.Consumer<String> log;

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
                    (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis())));
    this.time = time;
    this.journal = journal;
    this.settings = settings;
    this.log = log;
  }

  /** Sends the journalled delivery {@code id}; completes with its final entry. */
  @Override
  public Future<CallbackDelivery> send(String id) {
    Promise<CallbackDelivery> done = Promise.promise();
    attempt(id, 1, done);
    return done.future();
  }

  /** Closes the web client; deliveries still in flight fail and are journalled as FAILED. */
  @Override
  public void close() {
    client.close();
  }

  private void attempt(String id, int number, Promise<CallbackDelivery> done) {
    journal
        .find(id)
        .onComplete(
            found -> {
              if (found.failed() || found.result().isEmpty()) {
                done.fail(
                    new IllegalStateException(
                        "callback " + id + " left the journal before it was sent"));
              } else {
                attempt(found.result().get(), number, done);
              }
            });
  }

  private void attempt(CallbackDelivery delivery, int number, Promise<CallbackDelivery> done) {
    String id = delivery.id();
    Instant at = time.now();
    long started = System.nanoTime();
    request(delivery)
        .onComplete(
            result -> {
              long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
              CallbackAttempt attempt =
                  result.succeeded()
                      ? new CallbackAttempt(at, result.result().statusCode(), null, millis)
                      : new CallbackAttempt(at, null, describe(result.cause()), millis);
              afterAttempt(id, number, attempt, done);
            });
  }

  private Future<HttpResponse<Buffer>> request(CallbackDelivery delivery) {
    try {
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
      String id, int number, CallbackAttempt attempt, Promise<CallbackDelivery> done) {
    boolean last = attempt.delivered() || number > settings.retries();
    CallbackOutcome outcome =
        attempt.delivered()
            ? CallbackOutcome.DELIVERED
            : last ? CallbackOutcome.FAILED : CallbackOutcome.PENDING;
    journal
        .update(id, entry -> entry.withAttempt(attempt).withOutcome(outcome))
        .onComplete(
            result ->
                afterUpdate(
                    id,
                    number,
                    attempt,
                    last,
                    result.succeeded() ? result.result().orElse(null) : null,
                    done));
  }

  private void afterUpdate(
      String id,
      int number,
      CallbackAttempt attempt,
      boolean last,
      CallbackDelivery updated,
      Promise<CallbackDelivery> done) {
    if (updated == null) {
      done.fail(new IllegalStateException("callback " + id + " left the journal while being sent"));
    } else if (last) {
      log(updated, attempt);
      done.complete(updated);
    } else {
      long wait = settings.retryInterval().toMillis();
      if (wait <= 0) {
        attempt(id, number + 1, done);
      } else {
        vertx.setTimer(wait, timer -> attempt(id, number + 1, done));
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
