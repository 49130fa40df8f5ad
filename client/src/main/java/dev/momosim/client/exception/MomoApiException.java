package dev.momosim.client.exception;

import dev.momosim.client.model.ErrorReason;
import java.util.EnumSet;
import java.util.Set;

/**
 * MoMo answered with an error status. Subclasses by status: {@link MomoValidationException} (400),
 * {@link MomoAuthenticationException} (401, 403, and the token endpoint's 500 {@code
 * login_failed}), {@link MomoNotFoundException} (404), {@link MomoConflictException} (409), {@link
 * MomoRateLimitException} (429), {@link MomoServerException} (5xx); other statuses use this class
 * itself. Immutable and thread-safe.
 */
public class MomoApiException extends MomoException {

  private static final long serialVersionUID = 1L;
  private static final Set<ErrorReason> TRANSIENT_SERVER_REASONS =
      EnumSet.of(ErrorReason.SERVICE_UNAVAILABLE, ErrorReason.INTERNAL_PROCESSING_ERROR);

  private final int status;
  private final String rawCode;
  private final ErrorReason reason;
  private final String apiMessage;

  /**
   * @param status the HTTP status
   * @param rawCode the code from the body ({@code code} or {@code error}), or {@code null}
   * @param apiMessage the message from the body, or a description of the status
   * @param referenceId the reference id concerned, or {@code null}
   */
  public MomoApiException(int status, String rawCode, String apiMessage, String referenceId) {
    super(describe(status, rawCode, apiMessage, referenceId), referenceId, null);
    this.status = status;
    this.rawCode = rawCode;
    this.reason = ErrorReason.fromCode(rawCode);
    this.apiMessage = apiMessage;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The code exactly as MoMo sent it, or {@code null} when the body had none. */
  public String rawCode() {
    return rawCode;
  }

  /** The code as an enum, {@link ErrorReason#UNKNOWN} when absent or unknown. */
  public ErrorReason reason() {
    return reason;
  }

  /** MoMo's message, or a description of the status when the body had none. */
  public String apiMessage() {
    return apiMessage;
  }

  /**
   * 429 is retryable; a 5xx is retryable unless it carries a definite business code (such as
   * INVALID_CURRENCY or NOT_ALLOWED_TARGET_ENVIRONMENT) that a retry cannot change.
   */
  @Override
  public boolean isRetryable() {
    if (status == 429) {
      return true;
    }
    return status >= 500 && (rawCode == null || TRANSIENT_SERVER_REASONS.contains(reason));
  }

  private static String describe(int status, String code, String message, String referenceId) {
    StringBuilder text = new StringBuilder("MoMo answered HTTP ").append(status);
    if (code != null) {
      text.append(' ').append(code);
    }
    if (message != null && !message.isBlank()) {
      text.append(": ").append(message);
    }
    if (referenceId != null) {
      text.append(" (reference id ").append(referenceId).append(')');
    }
    return text.toString();
  }
}
