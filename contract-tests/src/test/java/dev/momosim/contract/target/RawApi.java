package dev.momosim.contract.target;

import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain HTTP to the target, only for what the client cannot express (a malformed reference id, a
 * wrong subscription key, the exact body and key order of an answer). Every call builds a fresh
 * request on one shared {@link WebClient}. Thread-safe.
 */
public final class RawApi {

  private final WebClient web;
  private final String baseUrl;

  RawApi(WebClient web, String baseUrl) {
    this.web = web;
    this.baseUrl = baseUrl;
  }

  /**
   * Sends {@code method path} with these headers and an optional JSON body; waits for the answer.
   */
  public RawResponse send(
      HttpMethod method, String path, Map<String, String> headers, JsonObject body) {
    HttpRequest<Buffer> request =
        web.requestAbs(method, baseUrl + path).timeout(Await.CALL.toMillis());
    headers.forEach(request::putHeader);
    Future<io.vertx.ext.web.client.HttpResponse<Buffer>> sent;
    if (body != null) {
      request.putHeader("Content-Type", "application/json");
      sent = request.sendBuffer(body.toBuffer());
    } else if (method == HttpMethod.POST) {
      request.putHeader("Content-Length", "0");
      sent = request.sendBuffer(Buffer.buffer());
    } else {
      sent = request.send();
    }
    return Await.result(
        sent.map(
            response ->
                new RawResponse(
                    response.statusCode(),
                    response.body() == null ? "" : response.body().toString(StandardCharsets.UTF_8),
                    response.getHeader("Content-Type"))));
  }

  /**
   * Sends {@code POST path} with these headers and a form body ({@code
   * application/x-www-form-urlencoded}, as the consent operations take); waits for the answer.
   */
  public RawResponse postForm(String path, Map<String, String> headers, String form) {
    HttpRequest<Buffer> request =
        web.requestAbs(HttpMethod.POST, baseUrl + path).timeout(Await.CALL.toMillis());
    headers.forEach(request::putHeader);
    request.putHeader("Content-Type", "application/x-www-form-urlencoded");
    return Await.result(
        request
            .sendBuffer(Buffer.buffer(form))
            .map(
                response ->
                    new RawResponse(
                        response.statusCode(),
                        response.body() == null
                            ? ""
                            : response.body().toString(StandardCharsets.UTF_8),
                        response.getHeader("Content-Type"))));
  }

  /**
   * {@code GET} of a payment's status with a fresh token: {@code
   * /collection/v1_0/requesttopay/{ref}} or {@code /{disbursement,remittance}/v1_0/transfer/{ref}}.
   */
  public RawResponse status(Product product, ProductCredentials credentials, String referenceId) {
    String resource = product == Product.COLLECTION ? "/v1_0/requesttopay/" : "/v1_0/transfer/";
    return send(
        HttpMethod.GET,
        product.pathPrefix() + resource + referenceId,
        productHeaders(product, credentials),
        null);
  }

  /** {@code POST /{product}/token/} with Basic credentials. */
  public RawResponse token(Product product, ProductCredentials credentials) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (credentials.apiUser() + ":" + credentials.apiKey())
                    .getBytes(StandardCharsets.UTF_8));
    return send(
        HttpMethod.POST,
        product.pathPrefix() + "/token/",
        Map.of(
            "Authorization",
            "Basic " + basic,
            "Ocp-Apim-Subscription-Key",
            credentials.subscriptionKey()),
        null);
  }

  /** A fresh bearer token for the product's API user. */
  public String bearer(Product product, ProductCredentials credentials) {
    RawResponse token = token(product, credentials);
    if (token.status() != 200) {
      throw new AssertionError("token request answered " + token.status() + " " + token.body());
    }
    return token.json().getString("access_token");
  }

  /**
   * The headers of an authorised product call: bearer token, subscription key, target environment.
   */
  public Map<String, String> productHeaders(Product product, ProductCredentials credentials) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + bearer(product, credentials));
    headers.put("Ocp-Apim-Subscription-Key", credentials.subscriptionKey());
    headers.put("X-Target-Environment", "sandbox");
    return headers;
  }
}
