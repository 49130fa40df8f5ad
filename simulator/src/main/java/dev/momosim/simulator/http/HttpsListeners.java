package dev.momosim.simulator.http;

import dev.momosim.simulator.app.port.CallerContext;
import dev.momosim.simulator.tls.ServerIdentity;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.KeyStoreOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * The simulator over TLS (docs/https.md). One TLS HTTP server on a free loopback port serves the
 * same requests as the plain port, with a certificate the local CA issued; it is started on first
 * use (the first intercepted {@code CONNECT}) or at start when an HTTPS port is configured. The
 * HTTPS port itself is a small front that looks at a connection's first byte: a TLS handshake is
 * joined to that server, anything else (plain HTTP sent to the HTTPS port) is answered {@code 400}
 * saying so. Thread-safe: the server starts once, whoever asks first.
 */
public final class HttpsListeners implements ProxyRequests.Tunnels {
  /** The first byte of a TLS record carrying a handshake. */
  private static final byte TLS_HANDSHAKE = 0x16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Vertx vertx;
  private final Supplier<Future<ServerIdentity>> identity;
  private final Handler<HttpServerRequest> requests;
  private final ConnectionGuard connections;
  private final Consumer<String> log;
  private final AtomicBoolean handshakeFailureLogged = new AtomicBoolean();
  private final NetClient loopback;
  private final HttpServerOptions plain;
  private Future<HttpServer> server;
  private NetServer front;
  private volatile String httpsUrl;

  /**
   * @param identity the server certificate, issued when first asked for (it may block: run it off
   *     the event loop)
   * @param requests what the TLS server does with a request: the plain port's handler
   * @param connections the TLS server's own connection limits
   */
  public HttpsListeners(
      Vertx vertx,
      Supplier<Future<ServerIdentity>> identity,
      Handler<HttpServerRequest> requests,
      ConnectionGuard connections,
      HttpServerOptions plain,
      Consumer<String> log) {
    this.vertx = vertx;
    this.identity = identity;
    this.requests = requests;
    this.connections = connections;
    this.log = log;
    this.plain = new HttpServerOptions(plain);
    this.loopback = vertx.createNetClient(new NetClientOptions().setConnectTimeout(5000));
  }

  /**
   * The TLS server, started on first call; a start that failed is tried again by the next call (a
   * CA directory made readable meanwhile then works without a restart).
   */
  public synchronized Future<HttpServer> server() {
    if (server == null) {
      Future<HttpServer> starting =
          identity
              .get()
              .compose(issued -> vertx.executeBlocking(() -> keyStore(issued)))
              .compose(this::listen);
      server = starting;
      starting.onFailure(
          failed -> {
            log.accept("cannot start the TLS listener: " + failed.getMessage());
            synchronized (this) {
              if (server == starting) {
                server = null;
              }
            }
          });
    }
    return server;
  }

  @Override
  public Future<?> ready() {
    return server();
  }

  /** The server's key and chain as a PKCS12 store under a random password (slow: off the loop). */
  private static KeyStoreOptions keyStore(ServerIdentity issued) {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    String password = Base64.getEncoder().encodeToString(random);
    return new KeyStoreOptions()
        .setType("PKCS12")
        .setValue(Buffer.buffer(issued.keyStore(password.toCharArray())))
        .setPassword(password);
  }

  private Future<HttpServer> listen(KeyStoreOptions keyStore) {
    HttpServerOptions options =
        new HttpServerOptions(plain)
            .setHost("127.0.0.1")
            .setPort(0)
            .setSsl(true)
            .setUseAlpn(false)
            .setKeyCertOptions(keyStore);
    return vertx
        .createHttpServer(options)
        .connectionHandler(connections.connections())
        .invalidRequestHandler(UnreadableRequests::answerUndecodable)
        .exceptionHandler(this::connectionFailed)
        .requestHandler(connections.requests(requests))
        .listen();
  }

  /**
   * A TLS error the server sees (a client's alert, a broken handshake; a client that silently drops
   * the connection is not one): said once in the log with the usual cause, later ones are not.
   */
  private void connectionFailed(Throwable failure) {
    Throwable tls = failure;
    while (tls != null && !(tls instanceof SSLException)) {
      tls = tls.getCause();
    }
    if (tls != null && handshakeFailureLogged.compareAndSet(false, true)) {
      log.accept(
          "a TLS handshake failed ("
              + tls.getMessage()
              + "): does the client trust the momo-sim CA (momo-sim ca-cert), and does it ask for"
              + " a name the certificate holds (localhost, 127.0.0.1, ::1, MTN's hosts,"
              + " --tls-name)? Later failures are not logged.");
    }
  }

  /**
   * A loopback connection to the TLS server, made on the caller's event loop (so the tunnel's two
   * sockets share it) and delivered there.
   */
  Future<NetSocket> open() {
    return CallerContext.deliverHere(server())
        .compose(started -> loopback.connect(started.actualPort(), "127.0.0.1"));
  }

  /**
   * Starts the HTTPS port: {@code host:port} (0 picks a free one), in front of the TLS server.
   *
   * @param urlOfPort the address to give clients for the port it gets
   * @return that address
   */
  public Future<String> listen(String host, int port, Function<Integer, String> urlOfPort) {
    return server()
        .compose(
            started -> {
              front = vertx.createNetServer(new NetServerOptions().setHost(host).setPort(port));
              front.connectHandler(socket -> accept(socket, notTlsOnTheHttpsPort()));
              return front.listen();
            })
        .map(
            listening -> {
              httpsUrl = urlOfPort.apply(listening.actualPort());
              return httpsUrl;
            });
  }

  @Override
  public void accept(NetSocket client) {
    accept(
        client,
        "momo-sim answers a CONNECT tunnel with TLS only: send HTTPS inside it"
            + " (https://sandbox.momodeveloper.mtn.com/...), trusting the momo-sim CA (momo-sim"
            + " ca-cert).");
  }

  private String notTlsOnTheHttpsPort() {
    return "This port speaks HTTPS (TLS): use "
        + httpsUrl
        + " and trust the momo-sim CA (momo-sim ca-cert), or plain HTTP on the simulator's other"
        + " port.";
  }

  /** A TLS handshake is joined to the TLS server; anything else gets a 400 with this message. */
  private void accept(NetSocket socket, String notTlsMessage) {
    socket.handler(
        first -> {
          socket.pause();
          socket.handler(null);
          if (first.length() > 0 && first.getByte(0) == TLS_HANDSHAKE) {
            open()
                .onComplete(
                    inner -> {
                      if (inner.failed()) {
                        socket.close();
                        return;
                      }
                      inner.result().write(first);
                      join(socket, inner.result());
                    });
          } else {
            notTls(socket, notTlsMessage);
          }
        });
  }

  /** Copies each side to the other, with back-pressure; either closing closes both. */
  private static void join(NetSocket a, NetSocket b) {
    a.closeHandler(closed -> b.close());
    b.closeHandler(closed -> a.close());
    a.pipeTo(b);
    b.pipeTo(a);
  }

  /** Plain HTTP (or anything else) where TLS was due: a 400 that says what to do. */
  private static void notTls(NetSocket socket, String message) {
    byte[] body =
        FailureHandler.momoBody("BAD_REQUEST", message).encode().getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 400 Bad Request\r\ncontent-type: "
            + Responses.JSON
            + "\r\ncontent-length: "
            + body.length
            + "\r\nconnection: close\r\n\r\n";
    socket.write(Buffer.buffer(head).appendBytes(body)).onComplete(written -> socket.close());
  }

  /** Stops the HTTPS port and the TLS server (gracefully, as the plain port). */
  public Future<Void> close() {
    Promise<Void> done = Promise.promise();
    Future<Void> frontClosed = front == null ? Future.succeededFuture() : front.close();
    Future<HttpServer> started;
    synchronized (this) {
      started = server;
    }
    Future<Void> serverClosed =
        started == null
            ? Future.succeededFuture()
            : started.transform(
                result ->
                    result.succeeded()
                        ? connections.shutdown(vertx, result.result())
                        : Future.succeededFuture());
    Future.join(frontClosed, serverClosed)
        .onComplete(all -> loopback.close().onComplete(closed -> done.complete()));
    return done.future();
  }
}
