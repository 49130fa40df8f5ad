package dev.momosim.shop;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Calls a running shop over HTTP from a test thread, as a customer's browser or a script does. */
final class ShopHttp {
  /** Generous: CI machines are shared and slow at times. */
  static final Duration WAIT = Duration.ofSeconds(60);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;

  ShopHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  record Answer(int status, JsonObject body) {}

  /** {@code POST /pay} with a JSON body; a waiting one answers once the order is done. */
  Answer pay(JsonObject body) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/pay"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
            .timeout(WAIT)
            .build());
  }

  /** {@code POST /pay} with a form body and the given extra header (name, value) or none. */
  Answer payWithForm(String form, String... header) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/pay"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .timeout(WAIT);
    if (header.length == 2) {
      request.header(header[0], header[1]);
    }
    return send(request.build());
  }

  /** {@code POST /pay?wait=false}: answered at once. */
  Answer payAsync(JsonObject body) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/pay?wait=false"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
            .timeout(WAIT)
            .build());
  }

  /** A callback to the shop, as MoMo (or anyone who knows the URL) can send one. */
  Answer callback(String referenceId, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/callback/" + referenceId))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .timeout(WAIT)
            .build());
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().timeout(WAIT).build());
  }

  /** {@code GET /payments/{ref}} polled until the order matches, for at most {@link #WAIT}. */
  JsonObject awaitPayment(String referenceId, String what, Predicate<JsonObject> condition) {
    return Awaitility.await(what)
        .atMost(WAIT)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> get("/payments/" + referenceId).body(), condition::test);
  }

  /** The order once the shop has finished it. */
  JsonObject awaitDone(String referenceId) {
    return awaitPayment(
        referenceId, "order of " + referenceId + " to finish", o -> o.getBoolean("done"));
  }

  static JsonObject order(String phone, int productId, int qty) {
    return new JsonObject().put("phone", phone).put("productId", productId).put("qty", qty);
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Answer(
          response.statusCode(), body.startsWith("{") ? new JsonObject(body) : new JsonObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
