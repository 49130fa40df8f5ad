package dev.momosim.bench;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

/**
 * The ceiling the simulator is compared with: one verticle (one event loop, like the simulator)
 * with one vertx-web route answering every request with a fixed JSON body the size and shape of a
 * request-to-pay status body. Prints {@code ceiling listening on http://HOST:PORT} once it accepts
 * requests, the same way {@code momo-sim serve} does, so the bench script treats both alike.
 *
 * <p>Usage: {@code java -cp momo-sim-bench.jar dev.momosim.bench.CeilingServer [PORT]} (0 picks
 * one).
 */
public final class CeilingServer extends VerticleBase {
  /** What momo-sim answers to the bench's status GET, byte for byte in size. */
  static final String STATUS_BODY =
      "{\"financialTransactionId\":\"1234567890\",\"externalId\":\"bench\","
          + "\"amount\":\"100\",\"currency\":\"EUR\",\"payer\":{\"partyIdType\":\"MSISDN\","
          + "\"partyId\":\"256770000001\"},\"payerMessage\":\"bench\",\"payeeNote\":\"bench\","
          + "\"status\":\"SUCCESSFUL\"}";

  private static final CharSequence JSON =
      HttpHeaders.createOptimized("application/json;charset=utf-8");

  private final int port;
  private HttpServer server;

  CeilingServer(int port) {
    this.port = port;
  }

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    Vertx vertx = Vertx.vertx();
    CeilingServer verticle = new CeilingServer(port);
    vertx
        .deployVerticle(verticle)
        .onComplete(
            done -> {
              if (done.failed()) {
                System.err.println("ceiling: cannot start: " + done.cause().getMessage());
                vertx.close();
                System.exit(1);
              }
              System.out.println(
                  "ceiling listening on http://127.0.0.1:" + verticle.server.actualPort());
              System.out.flush();
            });
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router
        .route()
        .handler(ctx -> ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(STATUS_BODY));
    server =
        vertx
            .createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
            .requestHandler(router);
    return server.listen();
  }
}
