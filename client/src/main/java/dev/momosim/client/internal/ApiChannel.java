package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoApiException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The one internal channel every product (and provisioning) talks through: it adds the subscription
 * key, the target environment and, for products, the bearer token; retries once with a new token
 * after a 401; turns error statuses into exceptions; and retries transient failures. Thread-safe.
 */
public final class ApiChannel {

  private final String pathPrefix;
  private final String subscriptionKey;
  private final String targetEnvironment;
  private final TokenManager tokens;
  private final HttpTransport transport;
  private final RetryExecutor retry;

  /**
   * @param pathPrefix the product prefix, e.g. {@code /collection}, or {@code ""} for provisioning
   * @param tokens the product's token manager, or {@code null} when calls need no token
   */
  public ApiChannel(
      String pathPrefix,
      String subscriptionKey,
      String targetEnvironment,
      TokenManager tokens,
      HttpTransport transport,
      RetryExecutor retry) {
    this.pathPrefix = pathPrefix;
    this.subscriptionKey = subscriptionKey;
    this.targetEnvironment = targetEnvironment;
    this.tokens = tokens;
    this.transport = transport;
    this.retry = retry;
  }

  /** The product prefix, e.g. {@code /collection}. */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** One call with retries; succeeds only with a 2xx answer. */
  public Future<ApiResponse> execute(ApiRequest request) {
    return execute(request, Deadline.NONE);
  }

  /** As {@link #execute(ApiRequest)}, making no retry that would start after {@code deadline}. */
  public Future<ApiResponse> execute(ApiRequest request, Deadline deadline) {
    return retry.execute(request.toString(), attempt -> once(request), deadline);
  }

  /** Whether the client is closed, and the results it still owes. */
  public ClientLifecycle lifecycle() {
    return retry.lifecycle();
  }

  /** Retries {@code attempt} (given its number, from 1) under the client's retry policy. */
  public <T> Future<T> withRetries(String what, IntFunction<Future<T>> attempt) {
    return retry.execute(what, attempt);
  }

  /** One attempt: 2xx answers succeed, other statuses fail with the mapped exception. */
  public Future<ApiResponse> once(ApiRequest request) {
    if (tokens == null) {
      return send(request, null);
    }
    return tokens
        .token()
        .compose(
            token ->
                send(request, token)
                    .recover(
                        failure -> {
                          if (failure instanceof MomoApiException api && api.status() == 401) {
                            tokens.invalidate(token);
                            return tokens.token().compose(fresh -> send(request, fresh));
                          }
                          return Future.failedFuture(failure);
                        }));
  }

  /**
   * A call authorised by the request's own {@code Authorization} header (a consent token) instead
   * of the product token, with retries; succeeds only with a 2xx answer.
   */
  public Future<ApiResponse> executeAuthorizedByRequest(ApiRequest request) {
    return retry.execute(request.toString(), attempt -> send(request, null), Deadline.NONE);
  }

  /**
   * One attempt authorised by the API user's Basic credentials (the consent token endpoint), never
   * retried: a consent grant must not be exchanged twice behind the caller's back. Fails like any
   * call once the client is closed.
   */
  public Future<ApiResponse> onceWithBasicCredentials(ApiRequest request) {
    String what = request.toString();
    if (tokens == null) {
      throw new IllegalStateException("no API user credentials for " + what);
    }
    Map<String, String> headers = new HashMap<>(request.headers());
    headers.put("Authorization", tokens.basicAuthorization());
    Promise<ApiResponse> result = lifecycle().track(Promise.promise(), what, null);
    if (!result.future().isComplete()) {
      send(
              new ApiRequest(
                  request.method(), request.path(), headers, request.body(), request.referenceId()),
              null)
          .onComplete(
              done -> {
                if (done.succeeded()) {
                  result.tryComplete(done.result());
                } else {
                  result.tryFail(done.cause());
                }
              });
    }
    return result.future();
  }

  private Future<ApiResponse> send(ApiRequest request, String token) {
    Map<String, String> headers = new HashMap<>(request.headers());
    headers.put("Ocp-Apim-Subscription-Key", subscriptionKey);
    headers.put("X-Target-Environment", targetEnvironment);
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    return transport
        .send(request, headers)
        .compose(
            response ->
                response.isSuccess()
                    ? Future.succeededFuture(response)
                    : Future.failedFuture(
                        ErrorMapper.fromResponse(response, request.referenceId())));
  }
}
