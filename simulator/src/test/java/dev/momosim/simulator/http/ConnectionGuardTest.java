package dev.momosim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.config.LimitSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ConnectionGuardTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  /** Small socket buffers, so that most of a large answer waits in the server's own buffer. */
  private static final int SOCKET_BUFFER_BYTES = 64 * 1024;

  /** Held here: Vert.x closes a client that is no longer referenced. */
  private final List<HttpClient> clients = new CopyOnWriteArrayList<>();

  /**
   * A connection on a pipeline the guard does not know (HTTP/2 here, which the simulator's own
   * server never speaks) cannot be guarded: it is counted, and never closed to make room.
   */
  @Test
  void aConnectionItCannotGuardIsCountedButNeverClosedToMakeRoom(Vertx vertx) throws Exception {
    List<String> logged = new CopyOnWriteArrayList<>();
    ConnectionGuard guard =
        new ConnectionGuard(new LimitSettings(1024, 0, 0, 0, 1, 0), logged::add);
    List<HttpServerRequest> held = new CopyOnWriteArrayList<>();
    HttpServer server =
        vertx
            .createHttpServer(new HttpServerOptions().setHttp2ClearTextEnabled(true))
            .connectionHandler(guard.connections())
            .requestHandler(guard.requests(held::add))
            .listen(0, "127.0.0.1")
            .await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    HttpClientOptions http2 =
        new HttpClientOptions()
            .setProtocolVersion(HttpVersion.HTTP_2)
            .setHttp2ClearTextUpgrade(false);
    Future<Integer> unguarded = status(vertx, http2, server.actualPort());
    Awaitility.await().atMost(DEADLINE).until(() -> held.size() == 1);

    Future<Integer> another = status(vertx, new HttpClientOptions(), server.actualPort());
    Awaitility.await("the new connection is closed").atMost(DEADLINE).until(another::isComplete);
    held.get(0).response().end();

    assertThat(another.failed()).isTrue();
    assertThat(unguarded.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(200);
    assertThat(logged).anyMatch(line -> line.startsWith("a connection is not guarded"));
  }

  @Test
  void anAnswerStillBeingWrittenOutIsNotCutToMakeRoom(Vertx vertx) throws Exception {
    int bodyBytes = 8 * 1024 * 1024;
    ConnectionGuard guard = new ConnectionGuard(new LimitSettings(1024, 0, 0, 0, 1, 0), line -> {});
    AtomicBoolean answered = new AtomicBoolean();
    HttpServer server =
        vertx
            .createHttpServer(
                new HttpServerOptions()
                    .setHttp2ClearTextEnabled(false)
                    .setSendBufferSize(SOCKET_BUFFER_BYTES))
            .connectionHandler(guard.connections())
            .requestHandler(
                guard.requests(
                    request -> {
                      request.response().end(Buffer.buffer(new byte[bodyBytes]));
                      answered.set(true);
                    }))
            .listen(0, "127.0.0.1")
            .await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    // Plain blocking sockets: one that reads nothing until told, so the kernel's buffers fill and
    // the end of the answer cannot leave the server (a Vert.x socket keeps reading while paused).
    try (Socket reader = socket(server.actualPort())) {
      reader
          .getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      Awaitility.await("the answer is handed to the server").atMost(DEADLINE).until(answered::get);

      try (Socket another = socket(server.actualPort())) {
        another.setSoTimeout((int) DEADLINE.toMillis());
        assertThat(another.getInputStream().read())
            .as("the new connection is closed at once, not the one still being written to")
            .isEqualTo(-1);
      }

      reader.setSoTimeout((int) DEADLINE.toMillis());
      InputStream in = reader.getInputStream();
      byte[] chunk = new byte[64 * 1024];
      long received = 0;
      while (received <= bodyBytes) {
        int read = in.read(chunk);
        if (read < 0) {
          break;
        }
        received += read;
      }
      assertThat(received).as("the whole answer arrives").isGreaterThan(bodyBytes);
    }
  }

  private static Socket socket(int port) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(SOCKET_BUFFER_BYTES);
    socket.connect(new InetSocketAddress("127.0.0.1", port), (int) DEADLINE.toMillis());
    return socket;
  }

  private Future<Integer> status(Vertx vertx, HttpClientOptions options, int port) {
    HttpClient client = vertx.createHttpClient(options);
    clients.add(client);
    return client
        .request(HttpMethod.GET, port, "127.0.0.1", "/")
        .compose(request -> request.send())
        .map(HttpClientResponse::statusCode);
  }

  @Test
  void theConfiguredLimitStandsWhenTheProcessMayOpenFarMoreFiles() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 1_048_576)).isEqualTo(10_000);
  }

  @Test
  void theLimitLeavesATenthOfTheOpenFilesForEverythingElse() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 4096)).isEqualTo(4096 - 409);
  }

  @Test
  void atLeast64FilesAreLeftWhenTheOpenFilesLimitIsSmall() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 256)).isEqualTo(256 - 64);
  }

  @Test
  void anUnknownOpenFilesLimitLeavesTheConfiguredOne() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, -1)).isEqualTo(10_000);
  }

  @Test
  void theLimitIsNeverBelowOne() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 10)).isEqualTo(1);
  }
}
