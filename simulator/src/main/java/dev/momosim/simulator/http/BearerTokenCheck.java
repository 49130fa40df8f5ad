package dev.momosim.simulator.http;

import dev.momosim.simulator.Simulation;
import dev.momosim.simulator.domain.AccessToken;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * The checks every product operation passes after the subscription key, in MTN's order: a valid
 * bearer token for this product (else 401), {@code X-Target-Environment} one of the configured
 * environments (else 500 NOT_ALLOWED_TARGET_ENVIRONMENT), and an API user allowed on this product
 * (else the same 500, as measured in the sandbox).
 */
final class BearerTokenCheck implements Handler<RoutingContext> {
  private static final String BEARER = "Bearer ";

  private final Simulation simulation;
  private final Product product;
  private final Set<String> environments;
  private final boolean usersWorkOnEveryProduct;

  BearerTokenCheck(Simulation simulation, Product product) {
    this.simulation = simulation;
    this.product = product;
    this.environments = simulation.config().targetEnvironments();
    this.usersWorkOnEveryProduct = simulation.config().usersWorkOnEveryProduct();
  }

  @Override
  public void handle(RoutingContext ctx) {
    AccessToken token = simulation.tokens().verify(bearer(ctx), product, simulation.clock().now());
    String environment = ctx.request().getHeader("X-Target-Environment");
    if (environment == null || !environments.contains(environment)) {
      throw MomoException.targetEnvironmentForbidden();
    }
    ApiUser user =
        simulation
            .apiUsers()
            .find(token.apiUserId())
            .orElseThrow(
                () -> MomoException.unauthorized("The API user of this token no longer exists."));
    if (user.product() != product && !usersWorkOnEveryProduct) {
      throw MomoException.targetEnvironmentForbidden();
    }
    ctx.put(ContextKeys.API_USER, user);
    ctx.next();
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
