package dev.momosim.client.internal;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one HTTP exchange with a single shared HTTP client, building a fresh request each time. The
 * whole exchange (getting a connection, sending, reading the complete answer) must finish within
 * the request timeout, else the request is reset. A failure to get a complete answer in time
 * becomes a {@code MomoTransportException}; every status is returned as an {@link ApiResponse}.
 * Thread-safe.
 */
public final class HttpTransport {

  private final Vertx vertx;
  private final HttpClientAgent http;
  private final String baseUrl;
  private final long requestTimeoutMillis;

  public HttpTransport(
      Vertx vertx, String baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this(vertx, baseUrl, connectTimeout, requestTimeout, null, null);
  }

  /**
   * @param proxy an HTTP proxy every request goes through ({@code CONNECT} for HTTPS), or null
   * @param trustedCertificates a PEM file HTTPS servers are trusted by, or null for the JVM's
   *     default trust
   */
  public HttpTransport(
      Vertx vertx,
      String baseUrl,
      Duration connectTimeout,
      Duration requestTimeout,
      InetSocketAddress proxy,
      Path trustedCertificates) {
    this.vertx = vertx;
    HttpClientOptions options =
        new HttpClientOptions().setConnectTimeout((int) connectTimeout.toMillis());
    if (proxy != null) {
      options.setProxyOptions(
          new ProxyOptions()
              .setType(ProxyType.HTTP)
              .setHost(proxy.getHostString())
              .setPort(proxy.getPort()));
    }
    if (trustedCertificates != null) {
      options.setTrustOptions(new PemTrustOptions().addCertPath(trustedCertificates.toString()));
    }
    // Not the web client: its request timeout only limits silence between bytes, and its
    // requests cannot be reset, which a deadline on the whole exchange needs.
    this.http = vertx.createHttpClient(options);
    this.baseUrl = baseUrl;
    this.requestTimeoutMillis = requestTimeout.toMillis();
  }

  /** Sends the request with the given headers (credentials included) and returns any answer. */
  public Future<ApiResponse> send(ApiRequest request, Map<String, String> headers) {
    try {
      return exchange(request, headers);
    } catch (RuntimeException refused) {
      // A closed client or Vert.x instance refuses synchronously; report it like any failed
      // exchange.
      return Future.failedFuture(ErrorMapper.transportFailure(request, refused));
    }
  }

  private Future<ApiResponse> exchange(ApiRequest request, Map<String, String> headers) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(request.method())
            .setAbsoluteURI(baseUrl + request.path())
            .setFollowRedirects(false)
            .putHeader("User-Agent", "momo-sim-client");
    headers.forEach(options::putHeader);
    Buffer body = request.body();
    if (body != null) {
      if (!headers.containsKey("Content-Type")) {
        options.putHeader("Content-Type", "application/json");
      }
    } else if (request.method() == HttpMethod.POST) {
      // The real gateway answers 411 to a bodyless POST without Content-Length.
      options.putHeader("Content-Length", "0");
      body = Buffer.buffer();
    }
    Promise<ApiResponse> answer = Promise.promise();
    AtomicReference<HttpClientRequest> started = new AtomicReference<>();
    long deadline =
        vertx.setTimer(
            requestTimeoutMillis,
            fired -> {
              TimeoutException late =
                  new TimeoutException("no complete answer within " + requestTimeoutMillis + " ms");
              if (answer.tryFail(ErrorMapper.transportFailure(request, late))) {
                resetIfStarted(started.get(), late);
              }
            });
    Buffer content = body;
    http.request(options)
        .compose(
            sending -> {
              started.set(sending);
              if (answer.future().isComplete()) {
                // The deadline passed while a connection was being obtained.
                resetIfStarted(
                    sending, new TimeoutException("request timeout passed before sending"));
                return Future.failedFuture("request timeout passed before sending");
              }
              return (content == null ? sending.send() : sending.send(content))
                  .compose(HttpTransport::toResponse);
            })
        .onComplete(
            done -> {
              vertx.cancelTimer(deadline);
              if (done.succeeded()) {
                answer.tryComplete(done.result());
              } else {
                answer.tryFail(ErrorMapper.transportFailure(request, done.cause()));
              }
            });
    return answer.future();
  }

  private static void resetIfStarted(HttpClientRequest request, Throwable cause) {
    if (request != null) {
      // The attempt has already failed; without a handler Vert.x logs the reset as an error.
      request.exceptionHandler(ignored -> {});
      request.reset(0, cause);
    }
  }

  /** Closes the HTTP client; the future completes once its connections are closed. */
  public Future<Void> close() {
    return http.close();
  }

  private static Future<ApiResponse> toResponse(HttpClientResponse response) {
    return response
        .body()
        .map(
            body ->
                new ApiResponse(response.statusCode(), body, response.getHeader("Retry-After")));
  }
}
