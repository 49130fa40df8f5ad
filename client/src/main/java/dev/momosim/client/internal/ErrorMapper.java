package dev.momosim.client.internal;

import dev.momosim.client.exception.ConsentPendingException;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoAuthenticationException;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.MomoRateLimitException;
import dev.momosim.client.exception.MomoServerException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.exception.MomoValidationException;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;

/**
 * The one place where failures become exceptions. Understands the three error bodies MoMo sends:
 * {@code {"code","message"}} (wallet), {@code {"statusCode","message"}} (API gateway) and {@code
 * {"error"}} (token endpoint), plus empty and non-JSON bodies.
 */
public final class ErrorMapper {

  private ErrorMapper() {}

  /** The exception for an answer with an error status. */
  public static MomoApiException fromResponse(ApiResponse response, String referenceId) {
    ErrorBody body = ErrorBody.parse(response.status(), response.body());
    int status = response.status();
    String code = body.code();
    String message = body.message();
    if ("authorization_pending".equalsIgnoreCase(code) || "slow_down".equalsIgnoreCase(code)) {
      return new ConsentPendingException(status, code, message, referenceId);
    }
    if ("login_failed".equalsIgnoreCase(code) || status == 401 || status == 403) {
      return new MomoAuthenticationException(status, code, message, referenceId);
    }
    switch (status) {
      case 400:
        return new MomoValidationException(status, code, message, referenceId);
      case 404:
        return new MomoNotFoundException(status, code, message, referenceId);
      case 409:
        return new MomoConflictException(status, code, message, referenceId);
      case 429:
        return new MomoRateLimitException(
            status, code, message, referenceId, retryAfter(response.retryAfter()));
      default:
        return status >= 500
            ? new MomoServerException(status, code, message, referenceId)
            : new MomoApiException(status, code, message, referenceId);
    }
  }

  /** The exception for an exchange that got no answer; a MomoException passes through unchanged. */
  public static MomoException transportFailure(ApiRequest request, Throwable cause) {
    if (cause instanceof MomoException momo) {
      return momo;
    }
    String what =
        cause.getMessage() == null
            ? cause.getClass().getSimpleName()
            : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new MomoTransportException(
        request + " got no answer (" + what + ")", request.referenceId(), cause);
  }

  private static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(header.trim()));
    } catch (NumberFormatException notSeconds) {
      return null; // an HTTP date: fall back to the policy's own backoff
    }
  }

  /** The code and message found in an error body. */
  record ErrorBody(String code, String message) {

    static ErrorBody parse(int status, Buffer raw) {
      String text = raw == null ? "" : raw.toString().trim();
      if (text.isEmpty()) {
        return new ErrorBody(null, "HTTP " + status + " with an empty body");
      }
      io.vertx.core.json.JsonObject json = Json.objectOrNull(text);
      if (json == null) {
        return new ErrorBody(null, "HTTP " + status + " with a non-JSON body: " + abbreviate(text));
      }
      String code = Json.text(json, "code");
      String error = Json.text(json, "error");
      String message = Json.text(json, "message");
      if (code == null && error != null) {
        code = error;
        String description = Json.text(json, "error_description");
        message = description != null ? description : message;
      }
      return new ErrorBody(code, message != null ? message : code);
    }

    private static String abbreviate(String text) {
      String flat = text.replaceAll("\\s+", " ");
      return flat.length() <= 120 ? flat : flat.substring(0, 120) + "...";
    }
  }
}
