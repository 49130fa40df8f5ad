package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /{product}/token/}: Basic base64(apiUser:apiKey) for a bearer token of this product.
 * Any body (none, {@code {}}, form fields) is ignored, as real clients send all of these.
 */
final class TokenHandler implements Handler<RoutingContext> {
  private static final String BASIC = "Basic ";

  private final Access access;
  private final Product product;

  TokenHandler(Access access, Product product) {
    this.access = access;
    this.product = product;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String[] credentials = credentials(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
    access
        .issueToken(credentials[0], credentials[1], product)
        .onSuccess(
            issued -> {
              if (issued.isEmpty()) {
                ctx.fail(new LoginFailed("unknown API user or key"));
                return;
              }
              ctx.response().putHeader("Cache-Control", "no-store");
              Responses.json(
                  ctx,
                  200,
                  new JsonObject()
                      .put("access_token", issued.get().value())
                      .put("token_type", "access_token")
                      .put("expires_in", access.tokenLifetime().toSeconds()));
            })
        .onFailure(ctx::fail);
  }

  /** The API user id and key of a Basic header. */
  static String[] credentials(String authorization) {
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
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
