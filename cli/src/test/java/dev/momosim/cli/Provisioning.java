package dev.momosim.cli;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Test helper: an API user and key provisioned as a developer's code does, and its token call. */
final class Provisioning {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Provisioning() {}

  /** Creates API user {@code user} and a key for it on the simulator at {@code url}; the key. */
  static String provision(String url, String user) throws Exception {
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/v1_0/apiuser"))
                .header("X-Reference-Id", user)
                .header("Ocp-Apim-Subscription-Key", SandboxCalls.COLLECTION.subscriptionKey())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"providerCallbackHost\":\"shop.example\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new AssertionError("apiuser answered " + created.statusCode() + ": " + created.body());
    }
    HttpResponse<String> key =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/v1_0/apiuser/" + user + "/apikey"))
                .header("Ocp-Apim-Subscription-Key", SandboxCalls.COLLECTION.subscriptionKey())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (key.statusCode() != 201) {
      throw new AssertionError("apikey answered " + key.statusCode() + ": " + key.body());
    }
    return new JsonObject(key.body()).getString("apiKey");
  }

  /** The HTTP status of a collection token request with this user and key. */
  static int tokenStatus(String url, String user, String key) throws Exception {
    String basic = user + ":" + key;
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/collection/token/"))
                .header("Ocp-Apim-Subscription-Key", SandboxCalls.COLLECTION.subscriptionKey())
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
