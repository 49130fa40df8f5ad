package dev.momosim.simulator.shared;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTP forwarder in front of several simulators that sends each request (not each
 * connection) to the next of them in turn, as a load balancer without affinity does: method, path,
 * query, headers and body go on as streams, and the answer comes back the same way (Vert.x's
 * reverse proxy, {@code vertx-http-proxy}, with an origin chosen per request). An origin that does
 * not answer gives the caller a {@code 502}. For tests and benchmarks of a shared simulator; runs
 * on the event loop. Thread-safe.
 */
public final class RoundRobinForwarder {
  private final HttpServer server;
  private final HttpClientAgent client;
  private final List<SocketAddress> origins;
  private final AtomicLong next = new AtomicLong();

  private RoundRobinForwarder(
      HttpServer server, HttpClientAgent client, List<SocketAddress> origins) {
    this.server = server;
    this.client = client;
    this.origins = origins;
  }

  /**
   * Starts a forwarder on 127.0.0.1 at {@code port} (0: a free one).
   *
   * @param baseUrls the simulators, {@code http://HOST:PORT} each (a trailing slash is ignored)
   * @return the forwarder once it listens; a failed Future carries a malformed URL or the bind
   *     error
   */
  public static Future<RoundRobinForwarder> start(Vertx vertx, int port, List<String> baseUrls) {
    List<SocketAddress> origins;
    try {
      origins = baseUrls.stream().map(RoundRobinForwarder::address).toList();
    } catch (IllegalArgumentException malformed) {
      return Future.failedFuture(malformed);
    }
    if (origins.isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException("no base URL to forward to"));
    }
    HttpClientAgent client = vertx.createHttpClient();
    HttpServer server = vertx.createHttpServer();
    RoundRobinForwarder forwarder = new RoundRobinForwarder(server, client, origins);
    HttpProxy proxy =
        HttpProxy.reverseProxy(client)
            .origin(OriginRequestProvider.selector(context -> forwarder.nextOrigin()));
    return server
        .requestHandler(proxy)
        .listen(port, "127.0.0.1")
        .map(listening -> forwarder)
        .onFailure(failed -> client.close());
  }

  /** Starts a forwarder on a free port. */
  public static Future<RoundRobinForwarder> start(Vertx vertx, List<String> baseUrls) {
    return start(vertx, 0, baseUrls);
  }

  /** The base URL to send requests to instead of the simulators'. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** How many requests were sent on so far. */
  public long forwarded() {
    return next.get();
  }

  public Future<Void> close() {
    return server.close().compose(closed -> client.close());
  }

  private Future<SocketAddress> nextOrigin() {
    return Future.succeededFuture(
        origins.get((int) Math.floorMod(next.getAndIncrement(), (long) origins.size())));
  }

  private static SocketAddress address(String baseUrl) {
    URI uri = URI.create(baseUrl.strip());
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException(
          "not a simulator base URL (http://HOST:PORT): '" + baseUrl + "'");
    }
    return SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
  }

  /**
   * Runs a forwarder until the process is ended: {@code PORT URL URL...}, printing {@code
   * forwarding on URL} once it listens (for {@code bench/run.sh}).
   */
  public static void main(String[] arguments) {
    if (arguments.length < 2) {
      System.err.println("usage: RoundRobinForwarder PORT BASE_URL...");
      System.exit(2);
    }
    Vertx vertx = Vertx.vertx();
    start(vertx, Integer.parseInt(arguments[0]), List.of(arguments).subList(1, arguments.length))
        .onSuccess(forwarder -> System.out.println("forwarding on " + forwarder.baseUrl()))
        .onFailure(
            failed -> {
              System.err.println("could not start the forwarder: " + failed.getMessage());
              vertx.close().onComplete(closed -> System.exit(1));
            });
  }
}
