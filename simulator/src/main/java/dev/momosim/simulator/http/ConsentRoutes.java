package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.app.Consents;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.BcAuthorizeRequest;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.OAuthError;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;

/**
 * One product's consent operations (momo-api.md §4 T2-T4, docs/api.md, "Consent and OAuth"): {@code
 * POST /v1_0/bc-authorize}, {@code POST /oauth2/token/} and {@code GET /oauth2/v1_0/userinfo}.
 * Thin: check the caller, parse the form, call {@link Consents}, render.
 */
final class ConsentRoutes {
  private final boolean userInfoAsDeclared;
  static final String CIBA_GRANT = "urn:openid:params:grant-type:ciba";
  static final String REFRESH_GRANT = "refresh_token";

  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  private final Access access;
  private final Consents consents;
  private final Product product;

  ConsentRoutes(Access access, Consents consents, Product product, boolean userInfoAsDeclared) {
    this.userInfoAsDeclared = userInfoAsDeclared;
    this.access = access;
    this.consents = consents;
    this.product = product;
  }

  /**
   * Adds the routes. bc-authorize lies under {@code /v1_0/}, where the bearer check of the product
   * operations runs, but also takes Basic credentials: it is matched before every other route and
   * makes the subscription-key check itself.
   */
  void mount(Router router) {
    router
        .post("/v1_0/bc-authorize")
        .order(-1)
        .handler(new SubscriptionKeyCheck(access, product))
        .handler(this::bcAuthorize);
    router.post("/oauth2/token/").handler(this::token);
    router.get("/oauth2/v1_0/userinfo").handler(this::userInfo);
  }

  private void bcAuthorize(RoutingContext ctx) {
    caller(ctx)
        .compose(
            user -> {
              BcAuthorizeRequest form = BcAuthorizeRequest.parse(FormBodies.read(ctx));
              return consents.authorize(user, product, form);
            })
        .onSuccess(
            request ->
                Responses.json(ctx, 200, ConsentJson.authorized(request, consents.settings())))
        .onFailure(ctx::fail);
  }

  /** A bearer access token of this product ({@code /token/}), or Basic credentials of a user. */
  private Future<ApiUser> caller(RoutingContext ctx) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    String environment = ctx.request().getHeader("X-Target-Environment");
    if (authorization != null && startsWith(authorization, BASIC)) {
      String[] credentials;
      try {
        credentials = TokenHandler.credentials(authorization);
      } catch (LoginFailed e) {
        return Future.failedFuture(
            MomoException.unauthorized("Basic credentials must be base64(apiUser:apiKey)."));
      }
      return access
          .authenticate(credentials[0], credentials[1], product, environment)
          .map(
              found ->
                  found.orElseThrow(
                      () -> MomoException.unauthorized("Unknown API user or API key.")));
    }
    String bearer =
        authorization != null && startsWith(authorization, BEARER)
            ? authorization.substring(BEARER.length()).trim()
            : null;
    return access.authorize(bearer, product, environment);
  }

  private void token(RoutingContext ctx) {
    String[] credentials =
        TokenHandler.credentials(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
    access
        .authenticate(
            credentials[0],
            credentials[1],
            product,
            ctx.request().getHeader("X-Target-Environment"))
        .compose(
            found -> {
              ApiUser user = found.orElseThrow(() -> new LoginFailed("unknown API user or key"));
              return grant(user, FormBodies.read(ctx));
            })
        .onSuccess(
            issued -> {
              ctx.response().putHeader("Cache-Control", "no-store");
              Responses.json(ctx, 200, ConsentJson.token(issued));
            })
        .onFailure(failure -> refuse(ctx, failure));
  }

  private Future<Consents.Issued> grant(ApiUser user, Map<String, String> form) {
    String grantType = form.get("grant_type");
    if (grantType == null || grantType.isBlank()) {
      throw OAuthError.invalidRequest(
          "grant_type is required: " + CIBA_GRANT + " or " + REFRESH_GRANT + ".");
    }
    if (grantType.equals(CIBA_GRANT)) {
      String authReqId = required(form, "auth_req_id");
      return consents.redeem(user, product, authReqId);
    }
    if (grantType.equals(REFRESH_GRANT)) {
      return consents.refresh(user, product, required(form, "refresh_token"));
    }
    throw new OAuthError(
        "unsupported_grant_type",
        "grant_type must be " + CIBA_GRANT + " or " + REFRESH_GRANT + ".");
  }

  private static String required(Map<String, String> form, String field) {
    String value = form.get(field);
    if (value == null || value.isBlank()) {
      throw OAuthError.invalidRequest(field + " is required with this grant_type.");
    }
    return value;
  }

  /** OAuth refusals in OAuth's shape; everything else through the one failure handler. */
  private static void refuse(RoutingContext ctx, Throwable failure) {
    if (failure instanceof OAuthError oauth) {
      ctx.put(RequestJournalHandler.ERROR_CODE, oauth.error())
          .put(RequestJournalHandler.ERROR_MESSAGE, oauth.getMessage());
      ctx.response().putHeader("Cache-Control", "no-store");
      Responses.json(
          ctx,
          400,
          new JsonObject()
              .put("error", oauth.error())
              .put("error_description", oauth.getMessage()));
    } else {
      ctx.fail(failure);
    }
  }

  private void userInfo(RoutingContext ctx) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    String bearer =
        Optional.ofNullable(authorization)
            .filter(value -> startsWith(value, BEARER))
            .map(value -> value.substring(BEARER.length()).trim())
            .orElse(null);
    consents
        .grantOf(bearer, product)
        .map(
            grant -> {
              access.requireTargetEnvironment(ctx.request().getHeader("X-Target-Environment"));
              return ConsentJson.userInfo(grant, userInfoAsDeclared);
            })
        .onSuccess(body -> Responses.json(ctx, 200, body))
        .onFailure(ctx::fail);
  }

  private static boolean startsWith(String value, String scheme) {
    return value.regionMatches(true, 0, scheme, 0, scheme.length());
  }
}
