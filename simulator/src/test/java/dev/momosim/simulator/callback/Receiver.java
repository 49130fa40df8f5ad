package dev.momosim.simulator.callback;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real callback receiver on a free port that records every request. It answers the scripted
 * statuses in order and then 200, at once or after a delay (a Vert.x timer); or never answers when
 * {@link #silent} (a slow receiver); or holds every request until {@link #release} when {@link
 * #holding}. It counts how many requests it held unanswered at once.
 */
public final class Receiver {
  /** One received callback. */
  public record Received(HttpMethod method, String path, MultiMap headers, String body) {}

  private record Held(Context context, HttpServerRequest request) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Integer> script;
  private final boolean answers;
  private final Duration answerAfter;
  private final Queue<Held> held = new ConcurrentLinkedQueue<>();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final AtomicInteger mostUnanswered = new AtomicInteger();
  private volatile boolean holding;
  private Vertx vertx;
  private HttpServer server;

  private Receiver(List<Integer> statuses, boolean answers, Duration answerAfter) {
    this.script = new ConcurrentLinkedQueue<>(statuses);
    this.answers = answers;
    this.answerAfter = answerAfter;
  }

  /** Answers these statuses in order, then 200. */
  public static Receiver answering(Vertx vertx, Integer... statuses) {
    return new Receiver(List.of(statuses), true, Duration.ZERO).listen(vertx);
  }

  /** Answers 200 to each request {@code delay} after reading it, on a Vert.x timer. */
  public static Receiver answeringAfter(Vertx vertx, Duration delay) {
    return new Receiver(List.of(), true, delay).listen(vertx);
  }

  /** Reads every request and never answers. */
  public static Receiver silent(Vertx vertx) {
    return new Receiver(List.of(), false, Duration.ZERO).listen(vertx);
  }

  /** Reads every request and answers none until {@link #release}, then 200 to each. */
  public static Receiver holding(Vertx vertx) {
    Receiver receiver = new Receiver(List.of(), true, Duration.ZERO);
    receiver.holding = true;
    return receiver.listen(vertx);
  }

  /** A URL on which nothing listens: the port of a server that was started and closed again. */
  public static String deadUrl(Vertx vertx) {
    Receiver gone = answering(vertx);
    String url = gone.url("/callback");
    Awaits.result(gone.server.close());
    return url;
  }

  private Receiver listen(Vertx vertx) {
    this.vertx = vertx;
    server =
        Awaits.result(vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1"));
    return this;
  }

  private void handle(HttpServerRequest request) {
    request
        .body()
        .onSuccess(
            body -> {
              received.add(
                  new Received(
                      request.method(),
                      request.path(),
                      MultiMap.caseInsensitiveMultiMap().addAll(request.headers()),
                      body.toString()));
              mostUnanswered.accumulateAndGet(unanswered.incrementAndGet(), Math::max);
              if (!answers) {
                return;
              }
              if (holding) {
                held.add(new Held(Vertx.currentContext(), request));
                if (!holding) { // released meanwhile: answer what it may have missed
                  answerHeld();
                }
              } else if (answerAfter.isZero()) {
                answer(request);
              } else {
                vertx.setTimer(answerAfter.toMillis(), timer -> answer(request));
              }
            });
  }

  private void answer(HttpServerRequest request) {
    unanswered.decrementAndGet();
    Integer status = script.poll();
    request.response().setStatusCode(status == null ? 200 : status).end();
  }

  private void answerHeld() {
    Held next;
    while ((next = held.poll()) != null) {
      HttpServerRequest request = next.request();
      next.context().runOnContext(ignored -> answer(request));
    }
  }

  /** Answers every held request, and every later one at once. */
  public void release() {
    holding = false;
    answerHeld();
  }

  public String url(String path) {
    return "http://localhost:" + server.actualPort() + path;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The most requests this receiver had read and not yet answered at the same time. */
  public int mostUnansweredAtOnce() {
    return mostUnanswered.get();
  }

  public Future<Void> close() {
    return server.close();
  }
}
