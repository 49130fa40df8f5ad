package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The checks every product operation passes after the subscription key ({@link Access#authorize}):
 * token, target environment, the user's product. Leaves the API user in the context for the
 * handlers.
 */
final class BearerTokenCheck implements Handler<RoutingContext> {
  private static final String BEARER = "Bearer ";

  private final Access access;
  private final Product product;

  BearerTokenCheck(Access access, Product product) {
    this.access = access;
    this.product = product;
  }

  @Override
  public void handle(RoutingContext ctx) {
    access
        .authorize(bearer(ctx), product, ctx.request().getHeader("X-Target-Environment"))
        .onSuccess(
            user -> {
              ctx.put(ContextKeys.API_USER, user);
              ctx.next();
            })
        .onFailure(ctx::fail);
  }

  private static String bearer(RoutingContext ctx) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return authorization.substring(BEARER.length()).trim();
  }
}
