package dev.momosim.client.internal;

import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bearer token of one product: cached, replaced a leeway before expiry (on the injected clock),
 * fetched by at most one request at a time however many callers ask (single-flight, lock-free), and
 * dropped when a call using it is answered 401. A failed fetch is not cached: the next caller tries
 * again. Thread-safe. Never logs or reveals the token.
 */
public final class TokenManager {

  private final Product product;
  private final ProductCredentials credentials;
  private final HttpTransport transport;
  private final Map<String, String> headers;
  private final Clock clock;
  private final Duration leeway;
  private final AtomicReference<Future<AccessToken>> current = new AtomicReference<>();

  public TokenManager(
      Product product,
      ProductCredentials credentials,
      HttpTransport transport,
      String targetEnvironment,
      Clock clock,
      Duration leeway) {
    this.product = product;
    this.credentials = credentials;
    this.transport = transport;
    this.clock = clock;
    this.leeway = leeway;
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (credentials.apiUser() + ":" + credentials.apiKey())
                    .getBytes(StandardCharsets.UTF_8));
    this.headers =
        Map.of(
            "Authorization",
            "Basic " + basic,
            "Ocp-Apim-Subscription-Key",
            credentials.subscriptionKey(),
            "X-Target-Environment",
            targetEnvironment);
  }

  /**
   * The {@code Authorization: Basic} value of the product's API user, for the consent token
   * endpoint. Never log it.
   */
  String basicAuthorization() {
    return headers.get("Authorization");
  }

  /** A usable token: the cached one, the one being fetched, or a new fetch. */
  public Future<String> token() {
    while (true) {
      Future<AccessToken> known = current.get();
      if (known != null && isUsable(known)) {
        return known.map(AccessToken::value);
      }
      Promise<AccessToken> fetch = Promise.promise();
      if (current.compareAndSet(known, fetch.future())) {
        fetch().onComplete(fetch);
        return fetch.future().map(AccessToken::value);
      }
    }
  }

  /** Forgets {@code rejected} after a 401, unless another caller already replaced it. */
  public void invalidate(String rejected) {
    Future<AccessToken> known = current.get();
    if (known != null && known.succeeded() && known.result().value().equals(rejected)) {
      current.compareAndSet(known, null);
    }
  }

  private boolean isUsable(Future<AccessToken> token) {
    if (!token.isComplete()) {
      return true;
    }
    return token.succeeded() && token.result().isFreshAt(clock.instant());
  }

  private Future<AccessToken> fetch() {
    Instant requestedAt = clock.instant();
    ApiRequest request =
        new ApiRequest(HttpMethod.POST, product.pathPrefix() + "/token/", Map.of(), null, null);
    return transport
        .send(request, headers)
        .map(
            response -> {
              if (!response.isSuccess()) {
                throw ErrorMapper.fromResponse(response, null);
              }
              ResponseJson.AccessTokenGrant grant = ResponseJson.token(response);
              return AccessToken.of(
                  grant.value(), requestedAt, Duration.ofSeconds(grant.expiresInSeconds()), leeway);
            });
  }

  @Override
  public String toString() {
    return "TokenManager[" + product + ", apiUser=" + credentials.apiUser() + "]";
  }
}
