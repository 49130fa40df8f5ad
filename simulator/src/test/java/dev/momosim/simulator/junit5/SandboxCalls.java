package dev.momosim.simulator.junit5;

import dev.momosim.simulator.MomoSimulator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test helper: makes collection request-to-pay calls over HTTP as the simulator's preset collection
 * user (its {@link SandboxCredentials}), and waits for futures on the JUnit thread (never an event
 * loop) with a deadline.
 */
public final class SandboxCalls implements AutoCloseable {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private final WebClient client;
  private final String baseUrl;
  private final ApiUserCredentials collection;

  public SandboxCalls(Vertx vertx, MomoSimulator simulator) {
    this(vertx, SandboxCredentials.of(simulator));
  }

  /** Calls as the collection user of {@code credentials} (a tenant's, for instance). */
  public SandboxCalls(Vertx vertx, SandboxCredentials credentials) {
    this.client = WebClient.create(vertx);
    this.baseUrl = credentials.baseUrl();
    this.collection = credentials.collection();
  }

  /** Asks 256770000001 to pay 100 EUR; returns the new reference id. */
  public String requestToPay() {
    return requestToPay("256770000001", null);
  }

  /** Asks {@code partyId} to pay 100 EUR, with an {@code X-Callback-Url} unless null. */
  public String requestToPay(String partyId, String callbackUrl) {
    String reference = UUID.randomUUID().toString();
    HttpRequest<Buffer> request =
        client
            .postAbs(baseUrl + "/collection/v1_0/requesttopay")
            .putHeader("Authorization", "Bearer " + token())
            .putHeader("X-Reference-Id", reference)
            .putHeader("X-Target-Environment", "sandbox")
            .putHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey());
    if (callbackUrl != null) {
      request.putHeader("X-Callback-Url", callbackUrl);
    }
    JsonObject body =
        new JsonObject()
            .put("amount", "100")
            .put("currency", "EUR")
            .put("externalId", "order-1")
            .put("payer", new JsonObject().put("partyIdType", "MSISDN").put("partyId", partyId))
            .put("payerMessage", "pay")
            .put("payeeNote", "thanks");
    HttpResponse<Buffer> response = await(request.sendJsonObject(body));
    if (response.statusCode() != 202) {
      throw new AssertionError(
          "request-to-pay answered " + response.statusCode() + ": " + response.bodyAsString());
    }
    return reference;
  }

  /** The status GET's body for a request-to-pay. */
  public JsonObject status(String reference) {
    HttpResponse<Buffer> response =
        await(
            client
                .getAbs(baseUrl + "/collection/v1_0/requesttopay/" + reference)
                .putHeader("Authorization", "Bearer " + token())
                .putHeader("X-Target-Environment", "sandbox")
                .putHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey())
                .send());
    return response.bodyAsJsonObject();
  }

  /** A collection access token, from {@code POST /collection/token/} with Basic auth. */
  public String token() {
    HttpResponse<Buffer> response =
        await(
            client
                .postAbs(baseUrl + "/collection/token/")
                .putHeader("Authorization", collection.basicAuthorization())
                .putHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey())
                .send());
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "token answered " + response.statusCode() + ": " + response.bodyAsString());
    }
    return response.bodyAsJsonObject().getString("access_token");
  }

  /** A local callback receiver answering 200 to anything; close it after the test. */
  public static HttpServer receiver(Vertx vertx) {
    return await(
        vertx
            .createHttpServer()
            .requestHandler(request -> request.response().end())
            .listen(0, "127.0.0.1"));
  }

  /** A port nothing listens on: bound, noted, closed. */
  public static int closedPort(Vertx vertx) {
    HttpServer server =
        await(
            vertx
                .createHttpServer()
                .requestHandler(request -> request.response().end())
                .listen(0, "127.0.0.1"));
    int port = server.actualPort();
    await(server.close());
    return port;
  }

  @Override
  public void close() {
    client.close();
  }

  public static <T> T await(Future<T> future) {
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

  /** The failure of a future that must fail. */
  public static Throwable failure(Future<?> future) {
    try {
      future
          .toCompletionStage()
          .toCompletableFuture()
          .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("no result within " + DEADLINE, e);
    }
    throw new AssertionError("the future succeeded but should have failed");
  }
}
