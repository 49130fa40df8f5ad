package dev.momosim.simulator.http;

import dev.momosim.simulator.app.RequestJournal;
import dev.momosim.simulator.app.port.CallerContext;
import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.NetSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The simulator's port as an HTTP proxy for MTN's hosts only (docs/https.md): {@code CONNECT} to
 * one of them is answered 200 and the tunnel is joined to the simulator's own TLS listener on
 * loopback, which terminates TLS with the local CA's certificate and serves the same API, so an
 * unchanged client with {@code HTTPS_PROXY} set reaches the simulator. Nothing is ever forwarded
 * anywhere else: {@code CONNECT} to any other host, and an absolute-form request ({@code GET
 * http://host/...}) naming a host that is not the simulator's, are refused {@code 403
 * PROXY_REFUSED} and journalled. Every other request passes on untouched. Thread-safe.
 */
public final class ProxyRequests {
  static final String REFUSED = "PROXY_REFUSED";

  /** Where a tunnel leads: the simulator's own TLS listener on loopback. */
  public interface Tunnels {
    /** Completes once the TLS listener runs (it is started on first use). */
    Future<?> ready();

    /**
     * Serves a tunnel's client side: a TLS handshake is joined to the TLS listener, anything else
     * is answered 400 saying the tunnel speaks TLS.
     */
    void accept(NetSocket client);
  }

  private final Predicate<String> intercepted;
  private final Predicate<String> ownHost;
  private final Tunnels tunnels;
  private final ConnectionGuard connections;
  private final RequestJournal journal;
  private final Supplier<Instant> clock;
  private final Consumer<String> log;

  /**
   * @param intercepted whether CONNECT to this host (lower case, no brackets) is answered
   * @param ownHost whether an absolute-form request naming this host is the simulator's own
   */
  public ProxyRequests(
      Predicate<String> intercepted,
      Predicate<String> ownHost,
      Tunnels tunnels,
      ConnectionGuard connections,
      RequestJournal journal,
      Supplier<Instant> clock,
      Consumer<String> log) {
    this.intercepted = intercepted;
    this.ownHost = ownHost;
    this.tunnels = tunnels;
    this.connections = connections;
    this.journal = journal;
    this.clock = clock;
    this.log = log;
  }

  /** Handles CONNECT and foreign absolute-form requests; passes the rest to {@code next}. */
  public Handler<HttpServerRequest> requests(Handler<HttpServerRequest> next) {
    return request -> {
      if (request.method() == HttpMethod.CONNECT) {
        connect(request);
        return;
      }
      String host = absoluteFormHost(request.uri());
      if (host != null && !ownHost.test(host) && !intercepted.test(host)) {
        refuse(
            request,
            request.uri(),
            "momo-sim answers only for itself and MTN's API hosts; it forwards nothing, so a"
                + " request for "
                + host
                + " through it is refused.",
            false);
        return;
      }
      next.handle(request);
    };
  }

  private void connect(HttpServerRequest request) {
    String target = request.uri();
    String host = connectHost(target);
    if (host == null || !intercepted.test(host)) {
      refuse(
          request,
          target,
          "momo-sim intercepts only MTN's API hosts (sandbox.momodeveloper.mtn.com,"
              + " proxy.momoapi.mtn.com and those given with --tls-name); it never connects"
              + " anywhere else, so CONNECT "
              + target
              + " is refused.",
          true);
      return;
    }
    request.pause();
    connections.tunnel(request.connection());
    // the request's connection becomes the tunnel on its own event loop, whatever loop started the
    // TLS listener
    CallerContext.deliverHere(tunnels.ready())
        .onComplete(
            started -> {
              if (started.failed()) {
                log.accept("CONNECT " + target + ": " + started.cause().getMessage());
                answer(
                    request,
                    502,
                    "BAD_GATEWAY",
                    "The simulator's TLS listener is not available: "
                        + started.cause().getMessage(),
                    true);
                return;
              }
              request
                  .toNetSocket()
                  .onSuccess(tunnels::accept)
                  .onFailure(
                      failed -> log.accept("CONNECT " + target + ": " + failed.getMessage()));
            });
  }

  private void refuse(HttpServerRequest request, String target, String message, boolean close) {
    if (journal.enabled()) {
      journal.record(
          new RequestRecord(
              journal.newId(),
              clock.get(),
              request.method().name(),
              target,
              null,
              null,
              null,
              new String[] {"Host", String.valueOf(request.getHeader(HttpHeaders.HOST))},
              null,
              403,
              0,
              REFUSED,
              message));
    }
    answer(request, 403, REFUSED, message, close);
  }

  private static void answer(
      HttpServerRequest request, int status, String code, String message, boolean close) {
    var response =
        request
            .response()
            .setStatusCode(status)
            .putHeader(HttpHeaders.CONTENT_TYPE, Responses.JSON);
    if (close) {
      response.putHeader(HttpHeaders.CONNECTION, "close");
    }
    response
        .end(FailureHandler.momoBody(code, message).encode())
        .onComplete(
            done -> {
              if (close) {
                request.connection().close();
              }
            });
  }

  /** The host of a CONNECT target {@code host:port} ({@code [v6]:port}), or null if unreadable. */
  static String connectHost(String target) {
    if (target == null) {
      return null;
    }
    return hostOf("//" + target, uri -> uri.getPort() > 0);
  }

  /** The host of an absolute-form request target, or null for origin-form. */
  static String absoluteFormHost(String target) {
    if (target == null || target.startsWith("/")) {
      return null;
    }
    String lower = target.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return null;
    }
    String host = hostOf(target, uri -> true);
    return host == null ? "" : host; // unreadable: refused as a host that is not ours
  }

  private static String hostOf(String text, Predicate<URI> usable) {
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null || !usable.test(uri)) {
        return null;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      return host.startsWith("[") && host.endsWith("]")
          ? host.substring(1, host.length() - 1)
          : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
