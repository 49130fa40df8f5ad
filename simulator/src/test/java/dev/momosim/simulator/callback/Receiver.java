package dev.momosim.simulator.callback;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real callback receiver on a free port that records every request. It answers the scripted
 * statuses in order and then 200, or never answers when {@link #silent} (a slow receiver).
 */
public final class Receiver {
  /** One received callback. */
  public record Received(HttpMethod method, String path, MultiMap headers, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Integer> script;
  private final boolean answers;
  private HttpServer server;

  private Receiver(List<Integer> statuses, boolean answers) {
    this.script = new ConcurrentLinkedQueue<>(statuses);
    this.answers = answers;
  }

  /** Answers these statuses in order, then 200. */
  public static Receiver answering(Vertx vertx, Integer... statuses) {
    return new Receiver(List.of(statuses), true).listen(vertx);
  }

  /** Reads every request and never answers. */
  public static Receiver silent(Vertx vertx) {
    return new Receiver(List.of(), false).listen(vertx);
  }

  /** A URL on which nothing listens: the port of a server that was started and closed again. */
  public static String deadUrl(Vertx vertx) {
    Receiver gone = answering(vertx);
    String url = gone.url("/callback");
    Awaits.result(gone.server.close());
    return url;
  }

  private Receiver listen(Vertx vertx) {
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
              if (answers) {
                Integer status = script.poll();
                request.response().setStatusCode(status == null ? 200 : status).end();
              }
            });
  }

  public String url(String path) {
    return "http://localhost:" + server.actualPort() + path;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public Future<Void> close() {
    return server.close();
  }
}
