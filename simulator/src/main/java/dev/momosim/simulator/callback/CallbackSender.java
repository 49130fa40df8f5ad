package dev.momosim.simulator.callback;

import dev.momosim.simulator.domain.SimulatorClock;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
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
final class CallbackSender {
  static final String CONTENT_TYPE = "application/json";

  private final Vertx vertx;
  private final WebClient client;
  private final SimulatorClock clock;
  private final CallbackJournal journal;
  private final CallbackSettings settings;
  private volatile java.util.function.Consumer<String> log = line -> {};

  CallbackSender(
      Vertx vertx,
      WebClient client,
      SimulatorClock clock,
      CallbackJournal journal,
      CallbackSettings settings) {
    this.vertx = vertx;
    this.client = client;
    this.clock = clock;
    this.journal = journal;
    this.settings = settings;
  }

  /** Where the line for each delivery that did not succeed goes (a writer off the event loop). */
  void logTo(java.util.function.Consumer<String> lines) {
    this.log = lines;
  }

  /** Sends the journalled delivery {@code id}; completes (never fails) with its final entry. */
  Future<CallbackDelivery> send(String id) {
    Promise<CallbackDelivery> done = Promise.promise();
    attempt(id, 1, done);
    return done.future();
  }

  private void attempt(String id, int number, Promise<CallbackDelivery> done) {
    CallbackDelivery delivery = journal.find(id).orElse(null);
    if (delivery == null) {
      done.fail(
          new IllegalStateException("callback " + id + " left the journal before it was sent"));
      return;
    }
    Instant at = clock.now();
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
          .requestAbs(delivery.method(), delivery.url())
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
    CallbackDelivery updated =
        journal.update(id, entry -> entry.withAttempt(attempt).withOutcome(outcome)).orElse(null);
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

  /** One line per delivery that did not succeed; never headers, body or query string. */
  private void log(CallbackDelivery delivery, CallbackAttempt last) {
    if (delivery.outcome() != CallbackOutcome.DELIVERED) {
      log.accept(
          "callback "
              + delivery.id()
              + " "
              + delivery.method()
              + " "
              + withoutQuery(delivery.url())
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

  /** Some receivers put a token in the callback URL's query; the log never shows it. */
  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query) + "?...";
  }

  private String describe(Throwable cause) {
    if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
      return "timeout: no answer within " + settings.timeout().toMillis() + " ms";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
