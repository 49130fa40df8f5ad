package dev.momosim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.http.ConnectionGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One HTTP port answered by one server per event loop: the servers share the port, connections are
 * handed to them in turn, so with four servers the requests are answered on four event-loop
 * threads; one graceful shutdown stops them all.
 */
class EventLoopServersTest {
  private static final Duration DEADLINE = Duration.ofSeconds(20);

  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(8));
  private final HttpClient client =
      vertx.createHttpClient(
          new HttpClientOptions().setKeepAlive(false), new PoolOptions().setHttp1MaxSize(4));

  @AfterEach
  void close() throws Exception {
    vertx.close().await(20, TimeUnit.SECONDS);
  }

  @Test
  void answersOnAsManyEventLoopThreadsAsServersOnOneFreePort() {
    EventLoopServers servers = new EventLoopServers(vertx, vertx.getOrCreateContext(), 4);
    List<HttpServer> started = await(servers.listen(freePort(), EventLoopServersTest::threadName));

    Set<String> threads = new HashSet<>();
    for (int i = 0; i < 16; i++) {
      threads.add(get(servers.actualPort()));
    }

    assertThat(started).hasSize(4).allMatch(server -> server.actualPort() == servers.actualPort());
    assertThat(servers.actualPort()).isPositive();
    assertThat(servers.distinctEventLoops()).isEqualTo(4);
    assertThat(threads).hasSize(4).allMatch(name -> name.startsWith("vert.x-eventloop-thread-"));
  }

  @Test
  void oneServerIsTodaysSingleServerOnTheOwnersEventLoop() {
    Context owner = vertx.getOrCreateContext();
    EventLoopServers servers = new EventLoopServers(vertx, owner, 1);
    await(servers.listen(freePort(), EventLoopServersTest::threadName));

    Set<String> threads = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      threads.add(get(servers.actualPort()));
    }

    assertThat(threads).hasSize(1);
    assertThat(servers.servers()).hasSize(1);
  }

  @Test
  void moreServersThanEventLoopsShareLoops() {
    Vertx small = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    try {
      EventLoopServers servers = new EventLoopServers(small, small.getOrCreateContext(), 3);

      assertThat(servers.distinctEventLoops()).isEqualTo(2);
    } finally {
      await(small.close());
    }
  }

  @Test
  void oneGracefulShutdownStopsEveryServer() {
    EventLoopServers servers = new EventLoopServers(vertx, vertx.getOrCreateContext(), 4);
    ConnectionGuard guard =
        new ConnectionGuard(SimulatorConfig.defaults().settings().limits(), line -> {});
    await(
        servers.listen(
            freePort(),
            server -> {
              server.connectionHandler(guard.connections());
              threadName(server);
            }));
    int port = servers.actualPort();
    get(port);

    await(guard.shutdown(vertx, servers.servers()));

    for (int i = 0; i < 8; i++) {
      Future<?> refused = client.request(HttpMethod.GET, port, "127.0.0.1", "/");
      Awaitility.await().atMost(DEADLINE).until(refused::isComplete);
      assertThat(refused.failed()).as("connection %d after the shutdown", i).isTrue();
    }
  }

  private static HttpServerOptions freePort() {
    return new HttpServerOptions().setHost("127.0.0.1").setPort(0);
  }

  private static void threadName(HttpServer server) {
    server.requestHandler(request -> request.response().end(Thread.currentThread().getName()));
  }

  private String get(int port) {
    return await(
            client
                .request(HttpMethod.GET, port, "127.0.0.1", "/")
                .compose(request -> request.send())
                .compose(response -> response.body()))
        .toString();
  }

  private static <T> T await(Future<T> future) {
    Awaitility.await().atMost(DEADLINE).until(future::isComplete);
    if (future.failed()) {
      throw new AssertionError(future.cause());
    }
    return future.result();
  }
}
