package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import java.util.List;

/**
 * The simulator's root router: body limit, request log, provisioning, the three products, any extra
 * routers (control API, dashboard), and one failure handler for every error.
 */
public final class ApiRouter {
  private static final String STATE_PATH = "/_sim/state";

  private ApiRouter() {}

  /**
   * @param extras mounted before the MoMo API, e.g. the control API under {@code /_sim}
   * @param observers handlers that see every request first (e.g. the request journal); each calls
   *     next
   */
  private static final String HEALTH_PATH = "/_sim/health";

  public static Router create(
      Vertx vertx,
      ApiServices services,
      BackgroundLog requestLog,
      List<Handler<RoutingContext>> observers,
      List<Mount> extras) {
    Router router = Router.router(vertx);
    if (services.logsRequests()) {
      router.route().handler(new RequestLog(requestLog));
    }
    observers.forEach(observer -> router.route().handler(observer));
    router.route().handler(ApiRouter::refuseMalformedQuery);
    // Only methods that carry a body pay for reading one (and can be refused 413); GET bodies are
    // ignored.
    BodyHandler bodies = BodyHandler.create(false).setBodyLimit(services.bodyLimitBytes());
    // A whole state document is the one body that may be larger.
    BodyHandler stateBodies =
        BodyHandler.create(false).setBodyLimit(services.stateBodyLimitBytes());
    // (Not a method-restricted route: that would turn every unknown GET path into a 405.)
    router
        .route()
        .handler(
            ctx -> {
              HttpMethod method = ctx.request().method();
              if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                ctx.next();
              } else if (STATE_PATH.equals(ctx.request().path())) {
                stateBodies.handle(ctx);
              } else {
                bodies.handle(ctx);
              }
            });
    // A clock shared with other instances is taken up before anything reads it (the health check
    // aside, so that it can answer while the database is away).
    router
        .route()
        .handler(
            ctx -> {
              if (HEALTH_PATH.equals(ctx.request().path())) {
                ctx.next();
                return;
              }
              services
                  .clockRefresh()
                  .get()
                  .onComplete(
                      refreshed -> {
                        if (refreshed.succeeded()) {
                          ctx.next();
                        } else {
                          ctx.fail(refreshed.cause());
                        }
                      });
            });
    // The MoMo API first: it carries the load, so its routes are matched before the others.
    TransactionJson json = new TransactionJson(services.reasonAsObject());
    for (Product product : Product.values()) {
      router
          .route("/" + product.pathName() + "/*")
          .subRouter(new ProductRoutes(services, product, json).router(vertx));
    }
    new ProvisioningRoutes(services).mount(router);
    DashboardRoutes.mount(vertx, router);
    extras.forEach(extra -> router.route(extra.path()).subRouter(extra.router()));
    FailureHandler failures = new FailureHandler(services.storeUnavailable());
    router.route().failureHandler(failures);
    router.errorHandler(404, ctx -> FailureHandler.byStatus(ctx, 404));
    router.errorHandler(
        405,
        ctx -> {
          // Vert.x adds Allow only in the 405 answer this handler replaces, so it is found again
          // here.
          ctx.response().putHeader("Allow", AllowedMethods.on(router, ctx.request().path()));
          FailureHandler.byStatus(ctx, 405);
        });
    router.errorHandler(
        400, ctx -> FailureHandler.byStatus(ctx, 400)); // e.g. a malformed %-escape in the path
    router.errorHandler(500, failures);
    return router;
  }

  /**
   * Decodes the query once, up front, so a bad %-escape is a 400 here and not a 500 in a handler.
   */
  private static void refuseMalformedQuery(RoutingContext ctx) {
    if (ctx.request().query() != null) {
      try {
        ctx.queryParams();
      } catch (HttpException | IllegalArgumentException e) { // Vert.x wraps the decoder's refusal
        ctx.fail(
            MomoException.badRequest(
                "The query string is malformed: a % must be followed by two hex digits."));
        return;
      }
    }
    ctx.next();
  }

  /** A router mounted at a path such as {@code /_sim/*}. */
  public record Mount(String path, Router router) {}
}
