package dev.momosim.simulator.http;

import dev.momosim.simulator.Simulation;
import dev.momosim.simulator.domain.AccessToken;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * {@code POST /{product}/token/}: Basic base64(apiUser:apiKey) for a bearer token of this product.
 * Any body (none, {@code {}}, form fields) is ignored, as real clients send all of these.
 */
final class TokenHandler implements Handler<RoutingContext> {
  private static final String BASIC = "Basic ";

  private final Simulation simulation;
  private final Product product;

  TokenHandler(Simulation simulation, Product product) {
    this.simulation = simulation;
    this.product = product;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ApiUser user = authenticate(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
    Duration lifetime = simulation.config().tokenLifetime();
    AccessToken token =
        simulation.tokens().issue(user, product, simulation.clock().now(), lifetime);
    ctx.response().putHeader("Cache-Control", "no-store");
    Responses.json(
        ctx,
        200,
        new JsonObject()
            .put("access_token", token.value())
            .put("token_type", "access_token")
            .put("expires_in", lifetime.toSeconds()));
  }

  private ApiUser authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      throw new LoginFailed("no Basic credentials");
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new LoginFailed("credentials are not base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new LoginFailed("credentials are not user:key");
    }
    return simulation
        .apiUsers()
        .authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
        .orElseThrow(() -> new LoginFailed("unknown API user or key"));
  }
}
