package dev.momosim.simulator.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class RoundRobinForwarderTest {

  @Test
  void sendsEachRequestOfOneConnectionToTheNextOriginInTurn(Vertx vertx) throws Exception {
    RoundRobinForwarder forwarder = forwarderInFrontOfThreeEchoes(vertx);
    // One connection: a balancer that picked an origin per connection would answer "a" each time.
    HttpClientAgent client = vertx.createHttpClient(new PoolOptions().setHttp1MaxSize(1));

    List<String> origins = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      origins.add(echo(client, forwarder, HttpMethod.GET, "/x", null).getString("origin"));
    }

    assertThat(origins).containsExactly("a", "b", "c", "a", "b", "c");
    assertThat(forwarder.forwarded()).isEqualTo(6);
  }

  @Test
  void passesMethodPathQueryHeadersAndBodyOnAndTheAnswerBack(Vertx vertx) throws Exception {
    RoundRobinForwarder forwarder = forwarderInFrontOfThreeEchoes(vertx);
    HttpClientAgent client = vertx.createHttpClient();

    JsonObject echoed =
        echo(client, forwarder, HttpMethod.PUT, "/collection/v1_0/x?a=1&b=two", "{\"k\":\"v\"}");

    assertThat(echoed.getString("method")).isEqualTo("PUT");
    assertThat(echoed.getString("uri")).isEqualTo("/collection/v1_0/x?a=1&b=two");
    assertThat(echoed.getString("reference")).isEqualTo("ref-1");
    assertThat(echoed.getString("body")).isEqualTo("{\"k\":\"v\"}");
  }

  @Test
  void anOriginThatDoesNotAnswerIsABadGatewayAndTheNextRequestGoesOn(Vertx vertx) throws Exception {
    HttpServer alive = echoServer(vertx, "alive");
    RoundRobinForwarder forwarder =
        await(
            RoundRobinForwarder.start(
                vertx, List.of("http://127.0.0.1:" + closedPort(vertx), url(alive))));
    HttpClientAgent client = vertx.createHttpClient();

    assertThat(status(client, forwarder)).isEqualTo(502);
    assertThat(status(client, forwarder)).isEqualTo(200);
  }

  @Test
  void refusesABaseUrlWithoutPort(Vertx vertx) {
    Future<RoundRobinForwarder> started =
        RoundRobinForwarder.start(vertx, List.of("http://127.0.0.1"));

    assertThat(started.failed()).isTrue();
    assertThat(started.cause()).hasMessageContaining("http://HOST:PORT");
  }

  private static RoundRobinForwarder forwarderInFrontOfThreeEchoes(Vertx vertx) throws Exception {
    List<String> urls = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      urls.add(url(echoServer(vertx, name)));
    }
    return await(RoundRobinForwarder.start(vertx, urls));
  }

  private static HttpServer echoServer(Vertx vertx, String name) throws Exception {
    return await(
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(
                            body ->
                                request
                                    .response()
                                    .putHeader("Content-Type", "application/json")
                                    .end(
                                        new JsonObject()
                                            .put("origin", name)
                                            .put("method", request.method().name())
                                            .put("uri", request.uri())
                                            .put("reference", request.getHeader("X-Reference-Id"))
                                            .put("body", body.toString())
                                            .encode())))
            .listen(0, "127.0.0.1"));
  }

  private static JsonObject echo(
      HttpClientAgent client,
      RoundRobinForwarder forwarder,
      HttpMethod method,
      String uri,
      String body)
      throws Exception {
    RequestOptions options =
        new RequestOptions()
            .setMethod(method)
            .setAbsoluteURI(forwarder.baseUrl() + uri)
            .addHeader("X-Reference-Id", "ref-1");
    Future<Buffer> answer =
        client
            .request(options)
            .compose(request -> body == null ? request.send() : request.send(body))
            .compose(HttpClientResponse::body);
    return new JsonObject(await(answer));
  }

  private static int status(HttpClientAgent client, RoundRobinForwarder forwarder)
      throws Exception {
    return await(
        client
            .request(
                HttpMethod.GET,
                forwarder
                    .baseUrl()
                    .substring("http://127.0.0.1:".length())
                    .transform(Integer::parseInt),
                "127.0.0.1",
                "/")
            .compose(request -> request.send())
            .map(HttpClientResponse::statusCode));
  }

  private static int closedPort(Vertx vertx) throws Exception {
    HttpServer server = await(vertx.createHttpServer().requestHandler(r -> {}).listen(0));
    int port = server.actualPort();
    await(server.close());
    return port;
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.actualPort();
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
  }
}
