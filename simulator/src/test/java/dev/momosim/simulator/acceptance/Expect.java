package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.Locale;

/** Assertions on the three error shapes of §11.1 and on the 202 of a creating POST. */
final class Expect {
  static final String INVALID_KEY =
      "Access denied due to invalid subscription key. "
          + "Make sure to provide a valid key for an active subscription.";
  static final String MISSING_KEY =
      "Access denied due to missing subscription key. "
          + "Make sure to include subscription key when making requests to an API.";
  static final String NOT_FOUND_MESSAGE = "Requested resource was not found.";
  static final String DUPLICATE_MESSAGE = "Duplicated reference id. Creation of resource failed.";
  static final String TARGET_ENV_MESSAGE = "Access to target environment is forbidden.";
  static final String CALLBACK_HOST_MESSAGE = "Callback URL does not match the configured value.";
  static final String CURRENCY_MESSAGE = "Currency not supported.";

  private Expect() {}

  /** §2: 202 Accepted with an empty body. */
  static void accepted(Reply reply) {
    assertThat(reply.status()).as("expected 202: %s", reply).isEqualTo(202);
    assertThat(reply.body()).as("202 body").isEmpty();
    String length = reply.header("Content-Length");
    if (length != null) {
      assertThat(length).isEqualTo("0");
    }
  }

  static void json(Reply reply) {
    assertThat(reply.header("Content-Type"))
        .as("content type of %s", reply)
        .startsWith("application/json");
  }

  /** MoMo layer: {@code {"message": "...", "code": CODE}} with the given status. */
  static JsonObject momoError(Reply reply, int status, String code) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
    json(reply);
    JsonObject body = reply.json();
    assertThat(body.getValue("code")).as("code in %s", reply).isEqualTo(code);
    assertThat(body.getValue("message")).as("message in %s", reply).isInstanceOf(String.class);
    assertThat(body.getString("message")).as("message in %s", reply).isNotBlank();
    noStackTrace(reply);
    return body;
  }

  static void momoError(Reply reply, int status, String code, String message) {
    assertThat(momoError(reply, status, code).getString("message"))
        .as("message in %s", reply)
        .isEqualTo(message);
  }

  static void notFound(Reply reply) {
    momoError(reply, 404, "RESOURCE_NOT_FOUND", NOT_FOUND_MESSAGE);
  }

  static void duplicate(Reply reply) {
    momoError(reply, 409, "RESOURCE_ALREADY_EXIST", DUPLICATE_MESSAGE);
  }

  static void targetEnvironmentForbidden(Reply reply) {
    momoError(reply, 500, "NOT_ALLOWED_TARGET_ENVIRONMENT", TARGET_ENV_MESSAGE);
  }

  static void callbackHostRejected(Reply reply) {
    momoError(reply, 500, "INVALID_CALLBACK_URL_HOST", CALLBACK_HOST_MESSAGE);
  }

  static void unauthorized(Reply reply) {
    momoError(reply, 401, "UNAUTHORIZED");
  }

  /** 400 BAD_REQUEST whose message names the problem: it contains at least one of the hints. */
  static void badRequest(Reply reply, String... hints) {
    String message =
        momoError(reply, 400, "BAD_REQUEST").getString("message").toLowerCase(Locale.ROOT);
    if (hints.length > 0) {
      assertThat(
              Arrays.stream(hints).map(h -> h.toLowerCase(Locale.ROOT)).anyMatch(message::contains))
          .as("400 message %s should name one of %s", reply.body(), Arrays.toString(hints))
          .isTrue();
    }
  }

  /** API gateway layer (§11.1 shape 2). */
  static void gateway401(Reply reply, String message) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(401);
    json(reply);
    assertThat(reply.json())
        .as("body of %s", reply)
        .isEqualTo(new JsonObject().put("statusCode", 401).put("message", message));
  }

  static void invalidKey(Reply reply) {
    gateway401(reply, INVALID_KEY);
  }

  static void missingKey(Reply reply) {
    gateway401(reply, MISSING_KEY);
  }

  /** Token endpoint (§11.1 shape 3). */
  static void loginFailed(Reply reply) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(500);
    json(reply);
    assertThat(reply.json()).isEqualTo(new JsonObject().put("error", "login_failed"));
  }

  static void noStackTrace(Reply reply) {
    assertThat(reply.body())
        .as("no stack trace in %s", reply)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("at io.vertx")
        .doesNotContain("at dev.momosim");
  }
}
