package dev.momosim.cli;

import dev.momosim.client.product.Product;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * Test helper: request-to-pays (collection) and transfers (disbursement) sent to whichever instance
 * of a shared simulator a test names, as the preset API users, with the JDK's blocking HTTP client.
 * One token per product, fetched from the first instance asked, serves every instance (tokens are
 * shared). Thread-safe.
 */
final class SharedApi {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(DEADLINE).build();
  private final Map<Product, String> tokens = new EnumMap<>(Product.class);

  /**
   * The status of a request-to-pay of {@code amount} EUR from {@code payer} sent to {@code url}.
   */
  int requestToPay(String url, String reference, String payer, String amount, String callbackUrl)
      throws IOException {
    return create(
        url, Product.COLLECTION, "requesttopay", reference, "payer", payer, amount, callbackUrl);
  }

  /** The status of a transfer of {@code amount} EUR to {@code payee} sent to {@code url}. */
  int transfer(String url, String reference, String payee, String amount, String callbackUrl)
      throws IOException {
    return create(
        url, Product.DISBURSEMENT, "transfer", reference, "payee", payee, amount, callbackUrl);
  }

  /** The status GET of a request-to-pay at {@code url}: its HTTP status and body. */
  HttpResponse<String> requestToPayStatus(String url, String reference) throws IOException {
    return status(url, Product.COLLECTION, "requesttopay", reference);
  }

  /** The status GET of a transfer at {@code url}: its HTTP status and body. */
  HttpResponse<String> transferStatus(String url, String reference) throws IOException {
    return status(url, Product.DISBURSEMENT, "transfer", reference);
  }

  /** The collection account's balance GET at {@code url}: its HTTP status. */
  int balanceStatus(String url) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url + "/collection/v1_0/account/balance"))
            .timeout(DEADLINE)
            .header(
                "Ocp-Apim-Subscription-Key",
                PresetUser.of(SimulatorConfig.defaults(), Product.COLLECTION).subscriptionKey())
            .header("Authorization", "Bearer " + token(url, Product.COLLECTION))
            .header("X-Target-Environment", "sandbox")
            .GET()
            .build())
        .statusCode();
  }

  /** The {@code status} field of the status GET's body, failing the test on anything but 200. */
  String statusOf(HttpResponse<String> answer) {
    if (answer.statusCode() != 200) {
      throw new AssertionError(
          answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return new JsonObject(answer.body()).getString("status");
  }

  /** Fetches new tokens from the next call on: the ones held have expired. */
  synchronized void forgetTokens() {
    tokens.clear();
  }

  /** The token of {@code product} this helper uses: one issued by some instance. */
  synchronized String token(String url, Product product) throws IOException {
    String token = tokens.get(product);
    if (token == null) {
      PresetUser user = PresetUser.of(SimulatorConfig.defaults(), product);
      String basic = user.apiUser() + ":" + user.apiKey();
      HttpResponse<String> answer =
          send(
              HttpRequest.newBuilder(URI.create(url + "/" + path(product) + "/token/"))
                  .timeout(DEADLINE)
                  .header("Ocp-Apim-Subscription-Key", user.subscriptionKey())
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      if (answer.statusCode() != 200) {
        throw new AssertionError("token answered " + answer.statusCode() + ": " + answer.body());
      }
      token = new JsonObject(answer.body()).getString("access_token");
      tokens.put(product, token);
    }
    return token;
  }

  private int create(
      String url,
      Product product,
      String operation,
      String reference,
      String partyRole,
      String party,
      String amount,
      String callbackUrl)
      throws IOException {
    JsonObject body =
        new JsonObject()
            .put("amount", amount)
            .put("currency", "EUR")
            .put("externalId", "shared-" + operation)
            .put(partyRole, new JsonObject().put("partyIdType", "MSISDN").put("partyId", party))
            .put("payerMessage", "pay")
            .put("payeeNote", "thanks");
    HttpRequest.Builder request =
        api(url, product, operation)
            .header("X-Reference-Id", reference)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
    if (callbackUrl != null) {
      request.header("X-Callback-Url", callbackUrl);
    }
    return send(request.build()).statusCode();
  }

  private HttpResponse<String> status(
      String url, Product product, String operation, String reference) throws IOException {
    return send(api(url, product, operation + "/" + reference).GET().build());
  }

  private HttpRequest.Builder api(String url, Product product, String operation)
      throws IOException {
    return HttpRequest.newBuilder(URI.create(url + "/" + path(product) + "/v1_0/" + operation))
        .timeout(DEADLINE)
        .header(
            "Ocp-Apim-Subscription-Key",
            PresetUser.of(SimulatorConfig.defaults(), product).subscriptionKey())
        .header("Authorization", "Bearer " + token(url, product))
        .header("X-Target-Environment", "sandbox");
  }

  private static String path(Product product) {
    return product == Product.COLLECTION ? "collection" : "disbursement";
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
