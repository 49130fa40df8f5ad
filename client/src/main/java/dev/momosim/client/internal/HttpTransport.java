package dev.momosim.client.internal;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.Map;

/**
 * Sends one HTTP exchange with a single shared {@link WebClient}, building a fresh request each
 * time. A failure to get any answer becomes a {@code MomoTransportException}; every status is
 * returned as an {@link ApiResponse}. Thread-safe.
 */
public final class HttpTransport {

    private final WebClient web;
    private final String baseUrl;
    private final long requestTimeoutMillis;

    public HttpTransport(Vertx vertx, String baseUrl, Duration connectTimeout, Duration requestTimeout) {
        this.web = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setUserAgent("momo-sim-client")
                .setFollowRedirects(false));
        this.baseUrl = baseUrl;
        this.requestTimeoutMillis = requestTimeout.toMillis();
    }

    /** Sends the request with the given headers (credentials included) and returns any answer. */
    public Future<ApiResponse> send(ApiRequest request, Map<String, String> headers) {
        try {
            return exchange(request, headers);
        } catch (RuntimeException refused) {
            // A closed client or Vert.x instance refuses synchronously; report it like any failed exchange.
            return Future.failedFuture(ErrorMapper.transportFailure(request, refused));
        }
    }

    private Future<ApiResponse> exchange(ApiRequest request, Map<String, String> headers) {
        HttpRequest<Buffer> http = web.requestAbs(request.method(), baseUrl + request.path())
                .timeout(requestTimeoutMillis);
        headers.forEach(http::putHeader);
        Future<HttpResponse<Buffer>> sent;
        if (request.body() != null) {
            http.putHeader("Content-Type", "application/json");
            sent = http.sendBuffer(request.body());
        } else if (request.method() == HttpMethod.POST) {
            // The real gateway answers 411 to a bodyless POST without Content-Length.
            http.putHeader("Content-Length", "0");
            sent = http.sendBuffer(Buffer.buffer());
        } else {
            sent = http.send();
        }
        return sent.transform(result -> result.succeeded()
                ? Future.succeededFuture(toResponse(result.result()))
                : Future.failedFuture(ErrorMapper.transportFailure(request, result.cause())));
    }

    public void close() {
        web.close();
    }

    private static ApiResponse toResponse(HttpResponse<Buffer> response) {
        Buffer body = response.body() == null ? Buffer.buffer() : response.body();
        return new ApiResponse(response.statusCode(), body, response.getHeader("Retry-After"));
    }
}
