package dev.momosim.client.internal;

import dev.momosim.client.exception.AwaitTimeoutException;
import dev.momosim.client.exception.ConsentPendingException;
import dev.momosim.client.model.Checks;
import dev.momosim.client.model.ConsentAuthorization;
import dev.momosim.client.model.ConsentRequest;
import dev.momosim.client.model.ConsentToken;
import dev.momosim.client.model.UserInfo;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The consent flow every product offers (CIBA): ask the account holder ({@code bc-authorize}),
 * exchange the grant for a consent token ({@code oauth2/token/}), read what they shared ({@code
 * oauth2/v1_0/userinfo}). Thread-safe.
 */
final class ConsentEndpoints {

  static final String CIBA_GRANT = "urn:openid:params:grant-type:ciba";
  private static final String FORM = "application/x-www-form-urlencoded";

  /** CIBA: after {@code slow_down} the interval grows by five seconds. */
  private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

  private final ApiChannel channel;

  ConsentEndpoints(ApiChannel channel) {
    this.channel = channel;
  }

  Future<ConsentAuthorization> bcAuthorize(ConsentRequest request) {
    Objects.requireNonNull(request, "consent request must not be null");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login_hint", request.loginHint());
    fields.put("scope", request.scope());
    fields.put("access_type", request.accessType().wireValue());
    fields.put(
        "consent_valid_in",
        request.consentValidIn() == null ? null : request.consentValidIn().toString());
    fields.put("client_notification_token", request.clientNotificationToken());
    fields.put("scope_instruction", request.scopeInstruction());
    ApiRequest call =
        new ApiRequest(
            HttpMethod.POST,
            channel.pathPrefix() + "/v1_0/bc-authorize",
            Map.of("Content-Type", FORM),
            ConsentJson.form(fields),
            null);
    return channel.execute(call).map(ConsentJson::authorization);
  }

  Future<ConsentToken> consentToken(String authReqId) {
    Checks.notBlank(authReqId, "auth_req_id");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", CIBA_GRANT);
    fields.put("auth_req_id", authReqId);
    return token(fields);
  }

  Future<ConsentToken> refreshConsentToken(String refreshToken) {
    Checks.notBlank(refreshToken, "refresh token");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "refresh_token");
    fields.put("refresh_token", refreshToken);
    return token(fields);
  }

  private Future<ConsentToken> token(Map<String, String> fields) {
    ApiRequest call =
        new ApiRequest(
            HttpMethod.POST,
            channel.pathPrefix() + "/oauth2/token/",
            Map.of("Content-Type", FORM),
            ConsentJson.form(fields),
            null);
    return channel.onceWithBasicCredentials(call).map(ConsentJson::token);
  }

  Future<UserInfo> userInfo(String consentToken) {
    Checks.notBlank(consentToken, "consent token");
    ApiRequest call =
        new ApiRequest(
            HttpMethod.GET,
            channel.pathPrefix() + "/oauth2/v1_0/userinfo",
            Map.of("Authorization", "Bearer " + consentToken),
            null,
            null);
    return channel.executeAuthorizedByRequest(call).map(ConsentJson::userInfo);
  }

  /**
   * Asks for the consent token every {@code interval} (longer after {@code slow_down}) while the
   * answer is {@code authorization_pending}; fails with {@link AwaitTimeoutException} when no token
   * came within {@code timeout}, and with any other failure at once.
   */
  Future<ConsentToken> awaitConsentToken(ConsentAuthorization authorization, Duration timeout) {
    Objects.requireNonNull(authorization, "authorization must not be null");
    Objects.requireNonNull(timeout, "timeout must not be null");
    String what = "consent auth_req_id " + authorization.authReqId();
    Promise<ConsentToken> result = channel.lifecycle().track(Promise.promise(), what, null);
    poll(authorization, authorization.interval(), Deadline.in(timeout), timeout, what, result);
    return result.future();
  }

  private void poll(
      ConsentAuthorization authorization,
      Duration interval,
      Deadline deadline,
      Duration timeout,
      String what,
      Promise<ConsentToken> result) {
    consentToken(authorization.authReqId())
        .onComplete(
            answer -> {
              if (result.future().isComplete()) {
                return;
              }
              if (answer.succeeded()) {
                result.tryComplete(answer.result());
                return;
              }
              if (!(answer.cause() instanceof ConsentPendingException pending)) {
                result.tryFail(answer.cause());
                return;
              }
              Duration next = pending.slowDown() ? interval.plus(SLOW_DOWN_STEP) : interval;
              long delay = Math.max(1, next.toMillis());
              if (!deadline.startsBefore(delay)) {
                result.tryFail(new AwaitTimeoutException(what, timeout, pending));
                return;
              }
              channel
                  .lifecycle()
                  .timer(delay, what, null)
                  .onComplete(
                      fired -> {
                        if (fired.failed()) {
                          result.tryFail(fired.cause());
                        } else {
                          poll(authorization, next, deadline, timeout, what, result);
                        }
                      });
            });
  }
}
