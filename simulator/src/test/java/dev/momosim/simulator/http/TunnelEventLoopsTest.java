package dev.momosim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.app.RequestJournal;
import dev.momosim.simulator.config.LimitSettings;
import dev.momosim.simulator.tls.LocalCa;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tunnel through the proxy with the port on several event loops: whichever loop opened the TLS
 * listener, each CONNECT becomes a tunnel on its own connection's loop, and the loopback socket it
 * is joined to is made on that loop too.
 */
class TunnelEventLoopsTest {
  private static final String CONNECT =
      "CONNECT sandbox.momodeveloper.mtn.com:443 HTTP/1.1\r\n"
          + "Host: sandbox.momodeveloper.mtn.com:443\r\n\r\n";

  @TempDir Path caDir;
  private Vertx vertx;
  private Context first;
  private Context second;

  @BeforeEach
  void twoEventLoops() {
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    List<EventLoop> loops = new ArrayList<>();
    for (EventExecutor executor : ((VertxInternal) vertx).nettyEventLoopGroup()) {
      loops.add((EventLoop) executor);
    }
    first = onLoop(loops.get(0));
    second = onLoop(loops.get(1));
  }

  private Context onLoop(EventLoop loop) {
    return ((VertxInternal) vertx)
        .contextBuilder()
        .withThreadingModel(ThreadingModel.EVENT_LOOP)
        .withEventLoop(loop)
        .build();
  }

  @AfterEach
  void close() throws Exception {
    await(vertx.close());
  }

  @Test
  void aConnectOnOneLoopBecomesATunnelThereWhenAnotherLoopOpenedItsUpstream() throws Exception {
    NetServer echo = await(on(first, () -> echoServer()));
    ProxyRequests proxy =
        new ProxyRequests(
            host -> true,
            host -> false,
            new ProxyRequests.Tunnels() {
              // ready on the first loop, as a listener started there would be
              @Override
              public Future<?> ready() {
                return on(first, () -> Future.succeededFuture());
              }

              @Override
              public void accept(NetSocket client) {
                client.pause();
                vertx
                    .createNetClient()
                    .connect(echo.actualPort(), "127.0.0.1")
                    .onSuccess(
                        upstream -> {
                          client.pipeTo(upstream);
                          upstream.pipeTo(client);
                        });
              }
            },
            new ConnectionGuard(new LimitSettings(1024, 0, 0, 0, 100, 0), line -> {}),
            new RequestJournal(null, null, false),
            Instant::now,
            line -> {});
    // strict thread mode: turning a connection into a tunnel off its own loop throws
    HttpServer server =
        await(
            on(
                second,
                () ->
                    vertx
                        .createHttpServer(
                            new HttpServerOptions().setPort(0).setStrictThreadMode(true))
                        .requestHandler(proxy.requests(request -> request.response().end()))
                        .listen()));

    try (Socket client = new Socket("127.0.0.1", server.actualPort())) {
      client.setSoTimeout(10_000);
      OutputStream out = client.getOutputStream();
      out.write(CONNECT.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = client.getInputStream();
      assertThat(readHead(in)).startsWith("HTTP/1.1 200");
      out.write("ping".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("ping");
    }
  }

  @Test
  void theLoopbackSocketIsMadeAndDeliveredOnTheLoopThatAsksForIt() throws Exception {
    HttpsListeners listeners =
        new HttpsListeners(
            vertx,
            () ->
                vertx.executeBlocking(
                    () -> LocalCa.openOrCreate(caDir).issue(List.of("localhost"))),
            request -> request.response().end(),
            new ConnectionGuard(new LimitSettings(1024, 0, 0, 0, 100, 0), line -> {}),
            new HttpServerOptions(),
            line -> {});
    await(on(first, listeners::server));
    Thread secondThread = await(on(second, () -> Future.succeededFuture(Thread.currentThread())));

    CompletableFuture<Thread> deliveredOn = new CompletableFuture<>();
    second.runOnContext(
        ignored ->
            listeners
                .open()
                .onComplete(
                    opened -> {
                      if (opened.failed()) {
                        deliveredOn.completeExceptionally(opened.cause());
                        return;
                      }
                      opened.result().close();
                      deliveredOn.complete(Thread.currentThread());
                    }));

    assertThat(deliveredOn.get(30, TimeUnit.SECONDS)).isSameAs(secondThread);
    await(listeners.close());
  }

  private Future<NetServer> echoServer() {
    return vertx
        .createNetServer()
        .connectHandler(socket -> socket.pipeTo(socket))
        .listen(0, "127.0.0.1");
  }

  /** Runs {@code action} on {@code context} and gives its future's outcome. */
  private static <T> Future<T> on(Context context, java.util.function.Supplier<Future<T>> action) {
    Promise<T> done = Promise.promise();
    context.runOnContext(ignored -> action.get().onComplete(done));
    return done.future();
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** The response head, up to the blank line. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      head.write(next);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }
}
