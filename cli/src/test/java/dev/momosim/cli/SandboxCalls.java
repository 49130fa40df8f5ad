package dev.momosim.cli;

import dev.momosim.client.product.Product;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test helper: collection request-to-pay calls over HTTP as the preset collection user (with the
 * JDK's blocking HTTP client, on the JUnit thread), and futures awaited with a deadline.
 */
final class SandboxCalls {
  /** The preset collection user, as the default configuration declares it. */
  static final PresetUser COLLECTION =
      PresetUser.of(SimulatorConfig.defaults(), Product.COLLECTION);

  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(DEADLINE).build();
  private final String baseUrl;
  private final Duration requestTimeout;
  private volatile String token;

  SandboxCalls(String baseUrl) {
    this(baseUrl, DEADLINE);
  }

  /** With a longer time limit per request, for answers a rule holds back. */
  SandboxCalls(String baseUrl, Duration requestTimeout) {
    this.baseUrl = baseUrl;
    this.requestTimeout = requestTimeout;
  }

  /** Asks 256770000001 to pay 100 EUR; returns the new reference id. */
  String requestToPay() {
    return requestToPay("256770000001", null);
  }

  /** Asks {@code partyId} to pay 100 EUR, with an {@code X-Callback-Url} unless null. */
  String requestToPay(String partyId, String callbackUrl) {
    String reference = UUID.randomUUID().toString();
    HttpResponse<String> response = send(requestToPayRequest(partyId, reference, callbackUrl));
    if (response.statusCode() != 202) {
      throw new AssertionError(
          "request-to-pay answered " + response.statusCode() + ": " + response.body());
    }
    return reference;
  }

  /** The request-to-pay itself, for a test that sends it on its own terms (asynchronously). */
  HttpRequest requestToPayRequest(String partyId, String reference, String callbackUrl) {
    JsonObject body =
        new JsonObject()
            .put("amount", "100")
            .put("currency", "EUR")
            .put("externalId", "order-1")
            .put("payer", new JsonObject().put("partyIdType", "MSISDN").put("partyId", partyId))
            .put("payerMessage", "pay")
            .put("payeeNote", "thanks");
    HttpRequest.Builder request =
        api("/collection/v1_0/requesttopay")
            .header("Authorization", "Bearer " + token())
            .header("X-Reference-Id", reference)
            .header("X-Target-Environment", "sandbox")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
    if (callbackUrl != null) {
      request.header("X-Callback-Url", callbackUrl);
    }
    return request.build();
  }

  /** The status GET's HTTP status; -1 when no answer came. */
  int statusCode(String reference) {
    try {
      return client
          .send(statusRequest(reference), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The status GET's body for a request-to-pay. */
  JsonObject status(String reference) {
    return new JsonObject(send(statusRequest(reference)).body());
  }

  /** Sends a request, failing the test when no answer comes. */
  HttpResponse<String> answer(HttpRequest request) {
    return send(request);
  }

  private HttpRequest statusRequest(String reference) {
    return api("/collection/v1_0/requesttopay/" + reference)
        .header("Authorization", "Bearer " + token())
        .header("X-Target-Environment", "sandbox")
        .GET()
        .build();
  }

  /** A collection access token, fetched once, then reused (a token lives an hour). */
  String token() {
    String known = token;
    if (known == null) {
      known = newToken();
      token = known;
    }
    return known;
  }

  /** Uses this token from now on (one issued by an earlier run of the simulator, say). */
  void useToken(String issued) {
    token = issued;
  }

  /** A new collection access token, from {@code POST /collection/token/} with Basic auth. */
  String newToken() {
    String basic = COLLECTION.apiUser() + ":" + COLLECTION.apiKey();
    HttpResponse<String> response =
        send(
            api("/collection/token/")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    if (response.statusCode() != 200) {
      throw new AssertionError("token answered " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body()).getString("access_token");
  }

  private HttpRequest.Builder api(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(requestTimeout)
        .header("Ocp-Apim-Subscription-Key", COLLECTION.subscriptionKey());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** A local callback receiver answering 200 to anything; close it after the test. */
  static HttpServer receiver(Vertx vertx) {
    return await(
        vertx
            .createHttpServer()
            .requestHandler(request -> request.response().end())
            .listen(0, "127.0.0.1"));
  }

  /** A port nothing listens on: bound, noted, closed. */
  static int closedPort(Vertx vertx) {
    HttpServer server = receiver(vertx);
    int port = server.actualPort();
    await(server.close());
    return port;
  }

  static <T> T await(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("no result within " + DEADLINE, e);
    }
  }
}
