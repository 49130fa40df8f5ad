package dev.momosim.contract.target;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server on a free port that stands in for a merchant's callback endpoint: it answers
 * 200 to any request under {@code /callback/{referenceId}} and keeps what arrived, by reference id.
 * Thread-safe; one per target.
 */
public final class CallbackReceiver {

  /** One request as it arrived. */
  public record Received(String method, String path, Map<String, String> headers, String body) {

    public JsonObject json() {
      return new JsonObject(body);
    }
  }

  private final HttpServer server;
  private final Map<String, List<Received>> byReference = new ConcurrentHashMap<>();
  private final Map<String, Promise<Received>> firstArrival = new ConcurrentHashMap<>();

  private CallbackReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts a receiver on {@code localhost} and a free port. */
  public static Future<CallbackReceiver> start(Vertx vertx) {
    HttpServer server = vertx.createHttpServer();
    CallbackReceiver receiver = new CallbackReceiver(server);
    server.requestHandler(receiver::handle);
    return server.listen(0, "localhost").map(listening -> receiver);
  }

  private void handle(HttpServerRequest request) {
    request
        .body()
        .onComplete(
            body -> {
              String path = request.path();
              String reference = path.substring(path.lastIndexOf('/') + 1);
              Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
              request.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
              Received received =
                  new Received(
                      request.method().name(),
                      path,
                      headers,
                      body.succeeded() ? body.result().toString() : "");
              byReference
                  .computeIfAbsent(reference, key -> new CopyOnWriteArrayList<>())
                  .add(received);
              promiseFor(reference).tryComplete(received);
              request.response().setStatusCode(200).end();
            });
  }

  /** The URL template to give MoMo: {@code http://localhost:PORT/callback/{referenceId}}. */
  public String urlTemplate() {
    return "http://localhost:" + server.actualPort() + "/callback/{referenceId}";
  }

  /** Completes with the first callback for {@code referenceId}, whenever it arrives. */
  public Future<Received> first(String referenceId) {
    return promiseFor(referenceId).future();
  }

  /** Every callback received so far for {@code referenceId}. */
  public List<Received> all(String referenceId) {
    return List.copyOf(byReference.getOrDefault(referenceId, List.of()));
  }

  public Future<Void> close() {
    return server.close();
  }

  private Promise<Received> promiseFor(String referenceId) {
    return firstArrival.computeIfAbsent(referenceId, key -> Promise.promise());
  }
}
