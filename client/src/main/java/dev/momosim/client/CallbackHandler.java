package dev.momosim.client;

import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.Transaction;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A Vert.x web handler for MoMo callbacks. It parses the body into a {@link Transaction}, hands it
 * to the consumer and answers 200; a body that is not a transaction gets 400 and reaches no
 * consumer; a consumer that throws gets 500 (so MoMo may deliver again).
 *
 * <p>The reference id is read from the path parameter {@code referenceId} (or the query parameter
 * of that name): give the client a callback URL such as {@code
 * https://merchant.example/momo/callback/{referenceId}}. Works with or without a {@code
 * BodyHandler} before it (without one, a body over {@link #MAX_BODY_BYTES} gets 413). The consumer
 * runs on the event loop: it must not block. Thread-safe if the consumer is.
 */
public final class CallbackHandler implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(CallbackHandler.class.getName());

  /**
   * The largest callback body read when no BodyHandler is in front: MoMo's are a few hundred bytes.
   */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private final Consumer<Transaction> consumer;

  private CallbackHandler(Consumer<Transaction> consumer) {
    this.consumer = Objects.requireNonNull(consumer, "consumer");
  }

  /** A handler passing each parsed callback to {@code consumer}. */
  public static CallbackHandler create(Consumer<Transaction> consumer) {
    return new CallbackHandler(consumer);
  }

  /**
   * Mounts this handler for PUT and POST on {@code path}, e.g. {@code /momo/callback/:referenceId}.
   */
  public CallbackHandler mountOn(Router router, String path) {
    router.route(HttpMethod.PUT, path).handler(this);
    router.route(HttpMethod.POST, path).handler(this);
    return this;
  }

  @Override
  public void handle(RoutingContext ctx) {
    RequestBody body = ctx.body();
    if (body != null && body.available()) {
      accept(ctx, body.buffer());
    } else {
      readAtMost(ctx, MAX_BODY_BYTES);
    }
  }

  /**
   * Reads the body without a BodyHandler, but no more than {@code limit} bytes: the endpoint is
   * public, and a callback is a few hundred bytes. A larger body gets 413 and the connection
   * closes.
   */
  private void readAtMost(RoutingContext ctx, int limit) {
    HttpServerRequest request = ctx.request();
    String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && declaredOver(declared, limit)) {
      tooLarge(ctx);
      return;
    }
    Buffer received = Buffer.buffer();
    request.handler(
        chunk -> {
          if (ctx.response().ended()) {
            return;
          }
          if (received.length() + chunk.length() > limit) {
            tooLarge(ctx);
          } else {
            received.appendBuffer(chunk);
          }
        });
    request.exceptionHandler(
        failure -> {
          if (!ctx.response().ended()) {
            ctx.fail(failure);
          }
        });
    request.endHandler(
        done -> {
          if (!ctx.response().ended()) {
            accept(ctx, received);
          }
        });
    request.resume();
  }

  private static boolean declaredOver(String contentLength, int limit) {
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException unreadable) {
      return false; // the HTTP decoder refuses such a request before it gets here
    }
  }

  /**
   * 413; over HTTP/1.x the connection then closes (the rest of the body is not read). HTTP/2 has no
   * such header.
   */
  private static void tooLarge(RoutingContext ctx) {
    if (ctx.request().version() == HttpVersion.HTTP_2) {
      ctx.response().setStatusCode(413).end();
      return;
    }
    ctx.response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end()
        .onComplete(done -> ctx.request().connection().close());
  }

  private void accept(RoutingContext ctx, Buffer body) {
    Transaction transaction;
    try {
      transaction = CallbackParser.parse(body == null ? Buffer.buffer() : body, referenceId(ctx));
    } catch (MomoProtocolException bad) {
      ctx.response()
          .setStatusCode(400)
          .putHeader("Content-Type", "text/plain")
          .end(bad.getMessage());
      return;
    }
    try {
      consumer.accept(transaction);
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "callback consumer failed for reference id " + transaction.referenceId(),
          failed);
      ctx.response().setStatusCode(500).end();
      return;
    }
    ctx.response().setStatusCode(200).end();
  }

  private static String referenceId(RoutingContext ctx) {
    String fromPath = ctx.pathParam("referenceId");
    return fromPath != null ? fromPath : ctx.request().getParam("referenceId");
  }
}
