package dev.momosim.simulator.dashboard;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.junit5.ApiUserCredentials;
import dev.momosim.simulator.junit5.SandboxCredentials;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A simulator on port 0 and the collection calls a merchant's code makes, over plain HTTP with the
 * preset collection API user (the Java client module is not used here yet). Blocking helpers for
 * the JUnit thread only.
 */
final class Sandbox implements AutoCloseable {
  private final MomoSimulator simulator;
  private final ApiUserCredentials collection;
  private final WebClient client;
  private String token;

  private Sandbox(MomoSimulator simulator, WebClient client) {
    this(simulator, client, SandboxCredentials.of(simulator).collection());
  }

  private Sandbox(MomoSimulator simulator, WebClient client, ApiUserCredentials collection) {
    this.simulator = simulator;
    this.collection = collection;
    this.client = client;
  }

  /**
   * The same simulator, called as a collection user provisioned into {@code tenant} (made if need
   * be; docs/tenants.md). Close only the sandbox this one came from.
   */
  Sandbox inTenant(String tenant) {
    JsonObject user =
        control(
            "POST",
            "/_sim/tenants/" + tenant + "/users",
            new JsonObject().put("product", "collection"));
    return new Sandbox(
        simulator,
        client,
        new ApiUserCredentials(
            Product.COLLECTION,
            user.getString("apiUser"),
            user.getString("apiKey"),
            collection.subscriptionKey(),
            collection.secondarySubscriptionKey(),
            collection.targetEnvironment()));
  }

  /** The default simulator: approval mode AUTO, so payments are decided at once. */
  static Sandbox auto(Vertx vertx) {
    return start(vertx, SimulatorConfig.defaults());
  }

  /** Approval mode MANUAL: every request-to-pay waits for the payer (or the 5-minute window). */
  static Sandbox manual(Vertx vertx) {
    return start(vertx, SimulatorConfig.fromJson("{\"approval\":{\"mode\":\"MANUAL\"}}"));
  }

  /** Approval mode MANUAL, with this config-file JSON merged over it. */
  static Sandbox manual(Vertx vertx, String configJson) {
    return start(
        vertx, SimulatorConfig.fromJson("{\"approval\":{\"mode\":\"MANUAL\"}}").merge(configJson));
  }

  private static Sandbox start(Vertx vertx, SimulatorConfig config) {
    MomoSimulator simulator = await(MomoSimulator.start(vertx, config.withPort(0)));
    return new Sandbox(
        simulator, WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)));
  }

  String baseUrl() {
    return simulator.baseUrl();
  }

  /** The collection subscription key these calls send. */
  String subscriptionKey() {
    return collection.subscriptionKey();
  }

  /**
   * The dashboard page itself. The browser tests open the file rather than {@code /_sim/ui/} so
   * that they test the page; {@link DashboardAddressesTest} tests the addresses that lead to it.
   */
  String dashboardUrl() {
    return baseUrl() + "/_sim/ui/index.html";
  }

  String phoneUrl(String msisdn) {
    return baseUrl() + "/_sim/ui/phone/" + msisdn;
  }

  /** Sends a request-to-pay and returns its reference id; fails unless answered 202. */
  String requestToPay(String msisdn, String amount, String message) {
    return requestToPay(msisdn, amount, message, null);
  }

  String requestToPay(String msisdn, String amount, String message, String callbackUrl) {
    return created("/collection/v1_0/requesttopay", msisdn, amount, message, callbackUrl);
  }

  /** A v2 request-to-withdraw: the payer approves it on the phone as a request-to-pay. */
  String requestToWithdraw(String msisdn, String amount, String message) {
    return created("/collection/v2_0/requesttowithdraw", msisdn, amount, message, null);
  }

  private String created(
      String path, String msisdn, String amount, String message, String callbackUrl) {
    String referenceId = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = create(path, referenceId, msisdn, amount, message, callbackUrl);
    if (response.statusCode() != 202) {
      throw new AssertionError(
          "POST " + path + " answered " + response.statusCode() + " " + response.bodyAsString());
    }
    return referenceId;
  }

  /** POST /collection/v1_0/requesttopay with this reference id, whatever the answer. */
  HttpResponse<Buffer> createPayment(
      String referenceId, String msisdn, String amount, String message, String callbackUrl) {
    return create(
        "/collection/v1_0/requesttopay", referenceId, msisdn, amount, message, callbackUrl);
  }

  private HttpResponse<Buffer> create(
      String path,
      String referenceId,
      String msisdn,
      String amount,
      String message,
      String callbackUrl) {
    HttpRequest<Buffer> request =
        client
            .postAbs(baseUrl() + path)
            .putHeader("Authorization", "Bearer " + token())
            .putHeader("X-Reference-Id", referenceId)
            .putHeader("X-Target-Environment", "sandbox")
            .putHeader("Ocp-Apim-Subscription-Key", subscriptionKey());
    if (callbackUrl != null) {
      request.putHeader("X-Callback-Url", callbackUrl);
    }
    return await(
        request.sendJsonObject(
            new JsonObject()
                .put("amount", amount)
                .put("currency", "EUR")
                .put("externalId", "order-" + referenceId.substring(0, 4))
                .put("payer", new JsonObject().put("partyIdType", "MSISDN").put("partyId", msisdn))
                .put("payerMessage", message)
                .put("payeeNote", "Demo shop")));
  }

  /** GET /collection/v1_0/requesttopay/{ref}: the body a merchant's status poll sees. */
  JsonObject status(String referenceId) {
    HttpResponse<Buffer> response =
        await(
            client
                .getAbs(baseUrl() + "/collection/v1_0/requesttopay/" + referenceId)
                .putHeader("Authorization", "Bearer " + token())
                .putHeader("X-Target-Environment", "sandbox")
                .putHeader("Ocp-Apim-Subscription-Key", subscriptionKey())
                .send());
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "status GET answered " + response.statusCode() + " " + response.bodyAsString());
    }
    return response.bodyAsJsonObject();
  }

  /** A control call, e.g. {@code control("POST", "/_sim/transactions/REF/approve", null)}. */
  JsonObject control(String method, String path, JsonObject body) {
    HttpRequest<Buffer> request =
        client.requestAbs(io.vertx.core.http.HttpMethod.valueOf(method), baseUrl() + path);
    HttpResponse<Buffer> response =
        await(body == null ? request.send() : request.sendJsonObject(body));
    if (response.statusCode() >= 300) {
      throw new AssertionError(
          method
              + " "
              + path
              + " answered "
              + response.statusCode()
              + " "
              + response.bodyAsString());
    }
    return response.bodyAsJsonObject();
  }

  /** How many listeners the event stream has now. */
  int eventListeners() {
    return control("GET", "/_sim/events/subscribers", null).getInteger("subscribers");
  }

  HttpResponse<Buffer> get(String path) {
    return await(client.getAbs(baseUrl() + path).send());
  }

  private String token() {
    if (token == null) {
      HttpResponse<Buffer> response =
          await(
              client
                  .postAbs(baseUrl() + "/collection/token/")
                  .putHeader("Authorization", collection.basicAuthorization())
                  .putHeader("Ocp-Apim-Subscription-Key", subscriptionKey())
                  .send());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "token answered " + response.statusCode() + " " + response.bodyAsString());
      }
      token = response.bodyAsJsonObject().getString("access_token");
    }
    return token;
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    await(simulator.close());
  }
}
