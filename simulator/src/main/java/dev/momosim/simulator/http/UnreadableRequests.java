package dev.momosim.simulator.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * Requests that never reach the router because they are not HTTP it can route: a request line or
 * headers too long for the decoder, bytes that are not HTTP, an HTTP/1.1 request without the Host
 * header it must carry. They get the same MoMo-shaped JSON error as everything else (not an empty
 * body or a 500), and the connection is closed, since what follows on it cannot be trusted.
 */
public final class UnreadableRequests {
  private UnreadableRequests() {}

  /** For {@code HttpServer.invalidRequestHandler}: the decoder gave up on this request. */
  public static void answerUndecodable(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    if (cause instanceof TooLongHttpLineException) {
      answer(request, 414, "URI_TOO_LONG", "The request line is too long.");
    } else if (cause instanceof TooLongHttpHeaderException) {
      answer(request, 431, "HEADERS_TOO_LARGE", "The request headers are too large.");
    } else {
      answer(request, 400, "BAD_REQUEST", "The request is not valid HTTP.");
    }
  }

  /** Passes requests on to the router unless they are HTTP/1.1 without a Host header. */
  public static Handler<HttpServerRequest> requireHost(Handler<HttpServerRequest> next) {
    return request -> {
      if (request.version() == HttpVersion.HTTP_1_1
          && !request.headers().contains(HttpHeaders.HOST)) {
        answer(request, 400, "BAD_REQUEST", "The Host header is missing; HTTP/1.1 requires it.");
      } else {
        next.handle(request);
      }
    };
  }

  /**
   * Answers {@code request} with a MoMo-shaped error and {@code Connection: close}, then closes the
   * connection once the answer is written.
   */
  static void answer(HttpServerRequest request, int status, String code, String message) {
    request
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Responses.JSON)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(FailureHandler.momoBody(code, message).encode())
        .onComplete(done -> request.connection().close());
  }
}
