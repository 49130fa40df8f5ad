package dev.momosim.contract.target;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A local relay in front of the target that hands each answer, exactly as it came off the wire, to
 * a listener before passing it on unchanged. The suite's clients and raw HTTP go through it, so the
 * parity record is read from the target's bytes and never from what a test expects or sent. Runs on
 * the event loop; the listener is called there and must not block. Thread-safe.
 */
public final class WireTap {

  /** Receives each exchange: the request's method and path, and the answer as received. */
  @FunctionalInterface
  public interface Listener {
    void exchanged(String method, String path, RawResponse answer);
  }

  // Headers about one connection, not the message; the relay's own connections carry their own.
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "host",
          "connection",
          "keep-alive",
          "proxy-connection",
          "te",
          "trailer",
          "upgrade",
          "transfer-encoding",
          "content-length");

  private final HttpServer server;
  private final HttpClientAgent http;
  private final String upstream;
  private volatile Listener listener;

  private WireTap(HttpServer server, HttpClientAgent http, String upstream) {
    this.server = server;
    this.http = http;
    this.upstream = upstream;
  }

  /** Starts a relay on a free local port that forwards to {@code upstreamBaseUrl}. */
  public static Future<WireTap> start(Vertx vertx, String upstreamBaseUrl) {
    HttpClientAgent http = vertx.createHttpClient();
    String upstream =
        upstreamBaseUrl.endsWith("/")
            ? upstreamBaseUrl.substring(0, upstreamBaseUrl.length() - 1)
            : upstreamBaseUrl;
    HttpServer server = vertx.createHttpServer();
    WireTap tap = new WireTap(server, http, upstream);
    return server.requestHandler(tap::relay).listen(0, "127.0.0.1").map(started -> tap);
  }

  /** The base URL to send requests to instead of the target's. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Sends every later answer to {@code next}; {@code null} records nothing. */
  public void listen(Listener next) {
    this.listener = next;
  }

  public Future<Void> close() {
    return server.close().compose(closed -> http.close());
  }

  private void relay(HttpServerRequest in) {
    in.body()
        .compose(body -> forward(in, body))
        // Whatever failed (the target closed the connection, no answer in time), the caller sees
        // its connection close, as it would have without the relay.
        .onFailure(failed -> in.connection().close());
  }

  private Future<Void> forward(HttpServerRequest in, Buffer body) {
    RequestOptions out =
        new RequestOptions()
            .setMethod(in.method())
            .setAbsoluteURI(upstream + in.uri())
            .setFollowRedirects(false)
            .setIdleTimeout(Await.CALL.toMillis());
    in.headers()
        .forEach(
            header -> {
              if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.addHeader(header.getKey(), header.getValue());
              }
            });
    boolean hasBody =
        in.headers().contains("Content-Length") || in.headers().contains("Transfer-Encoding");
    return http.request(out)
        .compose(request -> hasBody ? request.send(body) : request.send())
        .compose(answer -> answer.body().compose(bytes -> passOn(in, answer, bytes)));
  }

  private Future<Void> passOn(HttpServerRequest in, HttpClientResponse answer, Buffer bytes) {
    Listener current = listener;
    if (current != null) {
      // Recorded before the caller can see the answer, so a test's record is complete when its
      // call returns.
      current.exchanged(
          in.method().name(),
          in.path(),
          new RawResponse(
              answer.statusCode(),
              bytes.toString(StandardCharsets.UTF_8),
              answer.getHeader("Content-Type")));
    }
    HttpServerResponse out =
        in.response().setStatusCode(answer.statusCode()).setStatusMessage(answer.statusMessage());
    answer
        .headers()
        .forEach(
            header -> {
              if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.headers().add(header.getKey(), header.getValue());
              }
            });
    return out.end(bytes);
  }
}
