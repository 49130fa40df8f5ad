package dev.momosim.shop;

import dev.momosim.client.CallbackHandler;
import dev.momosim.client.MomoClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shop's HTTP server: the point-of-sale page, {@code POST /pay}, {@code GET
 * /payments/{referenceId}}, {@code GET /balance} and the MoMo callback route. Start one with {@link
 * #start}; it runs on the given Vert.x instance and uses the given client. Thread-safe.
 */
public final class Shop {
  private static final Logger LOG = System.getLogger(Shop.class.getName());
  private static final int MAX_BODY_BYTES = 16 * 1024;

  private final HttpServer server;
  private final String url;

  private Shop(HttpServer server, String host) {
    this.server = server;
    this.url = "http://" + host + ":" + server.actualPort();
  }

  /**
   * Starts the shop; the Future fails when the port cannot be bound. The client must have
   * collection and disbursement credentials.
   */
  public static Future<Shop> start(Vertx vertx, MomoClient momo, ShopConfig config) {
    String page = page();
    AtomicInteger port = new AtomicInteger(config.port());
    OrderStore store = new OrderStore();
    Settlement settlement =
        new Settlement(vertx, momo.config().pollingPolicy(), config.approvalWindow());
    Checkout checkout =
        new Checkout(
            momo,
            store,
            settlement,
            // The default callback URL names the port, known once the server listens.
            () ->
                config.callbackUrl() != null
                    ? config.callbackUrl()
                    : "http://localhost:" + port.get() + "/callback/{referenceId}",
            config.currency());

    Router router = Router.router(vertx);
    CallbackHandler callbacks = CallbackHandler.create(checkout::callback);
    callbacks.mountOn(router, "/callback/:referenceId");
    callbacks.mountOn(router, "/callback");
    router
        .get("/")
        .handler(
            ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(page));
    PayRoutes pay = new PayRoutes(checkout, store, momo);
    router
        .post("/pay")
        .handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES))
        .handler(pay::pay);
    router.get("/payments/:referenceId").handler(pay::payment);
    router.get("/balance").handler(pay::balance);
    router.route().failureHandler(Shop::failed);

    return vertx
        .createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
        .requestHandler(router)
        .listen()
        .map(
            server -> {
              port.set(server.actualPort());
              return new Shop(server, config.host());
            });
  }

  /** The shop's address, e.g. {@code http://127.0.0.1:3000}. */
  public String url() {
    return url;
  }

  public int port() {
    return server.actualPort();
  }

  /** Stops listening. The client and Vert.x instance stay the caller's. */
  public Future<Void> close() {
    return server.close();
  }

  private static void failed(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    String message;
    if (failure instanceof PayRequest.Invalid invalid) {
      status = invalid.status();
      message = invalid.getMessage();
    } else if (failure instanceof DecodeException) {
      status = 400;
      message = "the body must be a JSON object or a form";
    } else if (status == 413) {
      message = "the body is larger than " + MAX_BODY_BYTES + " bytes";
    } else if (status < 500) {
      message = "the request was refused (" + status + ")";
    } else {
      LOG.log(
          Level.ERROR,
          "request failed: " + ctx.request().method() + " " + ctx.request().path(),
          failure);
      message = "Something went wrong in the shop. Please ask at the counter.";
    }
    JsonObject body = new JsonObject().put("message", message);
    if (failure instanceof PayRequest.Invalid invalid) {
      body.put("field", invalid.field());
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body.encode());
  }

  private static String page() {
    try (InputStream in = Shop.class.getResourceAsStream("shop.html")) {
      if (in == null) {
        throw new IllegalStateException("shop.html is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
