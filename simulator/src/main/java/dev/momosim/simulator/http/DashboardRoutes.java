package dev.momosim.simulator.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The web dashboard: static files packaged in the jar under {@code webroot/ui}, served at {@code
 * /_sim/ui/}; {@code /} redirects there. The payer phone, {@code /_sim/ui/phone/{msisdn}}, is the
 * same single page, which reads the MSISDN from its address.
 */
public final class DashboardRoutes {
  private DashboardRoutes() {}

  public static void mount(Vertx vertx, Router router) {
    router.get("/").handler(ctx -> ctx.redirect("/_sim/ui/"));
    // Vert.x matches "/_sim/ui" with or without the trailing slash: redirect only without it.
    router
        .get("/_sim/ui")
        .handler(
            ctx -> {
              if (ctx.request().path().endsWith("/")) {
                ctx.next();
              } else {
                ctx.redirect("/_sim/ui/");
              }
            });
    router.get("/_sim/ui/phone/*").handler(ctx -> ctx.reroute("/_sim/ui/phone.html"));
    router
        .get("/_sim/ui/*")
        .handler(
            StaticHandler.create("webroot/ui").setCachingEnabled(false).setIndexPage("index.html"));
  }
}
