package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

/**
 * The consent operations of one product (§4 T2-T4) for one API user: bc-authorize with its bearer
 * token, the oauth2 token with its Basic credentials, userinfo with an oauth2 token.
 */
final class ConsentApi {
  static final String CIBA = "urn:openid:params:grant-type:ciba";

  final ProductApi api;

  ConsentApi(ProductApi api) {
    this.api = api;
  }

  /** {@code POST /{p}/v1_0/bc-authorize} with this form body and the bearer token. */
  HttpCall authorizeCall(String form) {
    return api.call(HttpMethod.POST, "/v1_0/bc-authorize")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form);
  }

  /** A consent request for this number; asserts 200 and answers its auth_req_id. */
  String authorizeFor(String msisdn) {
    return authorize("login_hint=ID:" + msisdn + "/MSISDN&scope=profile&access_type=offline");
  }

  String authorize(String form) {
    Reply reply = authorizeCall(form).send();
    assertThat(reply.status()).as("bc-authorize: %s", reply).isEqualTo(200);
    return reply.json().getString("auth_req_id");
  }

  /** {@code POST /{p}/oauth2/token/} with the user's Basic credentials and this form body. */
  HttpCall tokenCall(String form) {
    return api.session
        .post("/" + api.product.path + "/oauth2/token/")
        .header("Ocp-Apim-Subscription-Key", api.subscriptionKey)
        .header("Authorization", api.user.basic())
        .header("X-Target-Environment", SandboxSession.SANDBOX)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form);
  }

  Reply redeem(String authReqId) {
    return tokenCall("grant_type=" + CIBA + "&auth_req_id=" + authReqId).send();
  }

  /** The oauth2 token body for a redeemed consent; asserts 200. */
  JsonObject token(String authReqId) {
    Reply reply = redeem(authReqId);
    assertThat(reply.status()).as("oauth2 token: %s", reply).isEqualTo(200);
    return reply.json();
  }

  Reply refresh(String refreshToken) {
    return tokenCall("grant_type=refresh_token&refresh_token=" + refreshToken).send();
  }

  /** {@code GET /{p}/oauth2/v1_0/userinfo} with this bearer token. */
  HttpCall userInfoCall(String bearer) {
    return api.call(HttpMethod.GET, "/oauth2/v1_0/userinfo")
        .header("Authorization", "Bearer " + bearer);
  }

  Reply userInfo(String bearer) {
    return userInfoCall(bearer).send();
  }

  /** The OAuth error code of a 400 from the token endpoint; asserts the shape. */
  static String oauthError(Reply reply) {
    assertThat(reply.status()).as("%s", reply).isEqualTo(400);
    assertThat(reply.keys()).as("%s", reply).containsExactly("error", "error_description");
    return reply.json().getString("error");
  }
}
