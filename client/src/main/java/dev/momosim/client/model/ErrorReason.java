package dev.momosim.client.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every error code MoMo is known to send, in error bodies ({@code code}), in the {@code reason} of
 * a FAILED transaction, and from the token endpoint ({@code error}). Codes this client does not
 * know map to {@link #UNKNOWN}; the raw code is always kept next to it.
 */
public enum ErrorReason {
  PAYEE_NOT_FOUND,
  PAYER_NOT_FOUND,
  NOT_ALLOWED,
  NOT_ALLOWED_TARGET_ENVIRONMENT,
  INVALID_CALLBACK_URL_HOST,
  INVALID_CURRENCY,
  SERVICE_UNAVAILABLE,
  INTERNAL_PROCESSING_ERROR,
  NOT_ENOUGH_FUNDS,
  PAYER_LIMIT_REACHED,
  PAYEE_NOT_ALLOWED_TO_RECEIVE,
  PAYMENT_NOT_APPROVED,
  RESOURCE_NOT_FOUND,
  APPROVAL_REJECTED,
  EXPIRED,
  /** Also sent as {@code TRANSACTION_CANCELED.} with a dot by the remittance sandbox. */
  TRANSACTION_CANCELED("TRANSACTION_CANCELED", "TRANSACTION_CANCELED."),
  RESOURCE_ALREADY_EXIST,
  TRANSACTION_NOT_COMPLETED,
  TRANSACTION_NOT_FOUND,
  INFORMATIONAL_SCOPE_INSTRUCTION,
  MISSING_SCOPE_INSTRUCTION,
  MORE_THAN_ONE_FINANCIAL_SCOPE_NOT_SUPPORTED,
  UNSUPPORTED_SCOPE_COMBINATION,
  CONSENT_MISMATCH,
  UNSUPPORTED_SCOPE,
  NOT_FOUND,
  /** Documented outside the enums: the payer did not approve within 5 minutes. */
  COULD_NOT_PERFORM_TRANSACTION,
  /** Seen for the sandbox number 46733123464; the simulator sends it too. */
  TRANSFERTYPE_UNKNOWN,
  PAYER_DELAYED,
  PAYEE_DELAYED,
  ONGOING,
  /** A pending pre-approval blocks a second one for the same payer. */
  PREAPPROVAL_EXIST_PENDING,
  /** The consent token endpoint: the account holder has not decided yet (CIBA). */
  AUTHORIZATION_PENDING("authorization_pending"),
  /** The consent token endpoint: asked too often, wait longer (CIBA). */
  SLOW_DOWN("slow_down"),
  /** The consent token endpoint: the account holder refused (CIBA). */
  ACCESS_DENIED("access_denied"),
  /** The consent token endpoint: the consent request expired (CIBA). */
  EXPIRED_TOKEN("expired_token"),
  /** The consent token endpoint: unknown or already used auth_req_id or refresh token. */
  INVALID_GRANT("invalid_grant"),
  /** The token endpoint's {@code {"error":"login_failed"}}: wrong API user or API key. */
  LOGIN_FAILED("login_failed"),
  /** A code this client does not know, or no code at all. */
  UNKNOWN;

  private static final Map<String, ErrorReason> BY_CODE = new HashMap<>();

  static {
    for (ErrorReason reason : values()) {
      for (String code : reason.codes) {
        BY_CODE.put(code.toUpperCase(Locale.ROOT), reason);
      }
    }
    BY_CODE.remove("UNKNOWN");
  }

  private final String[] codes;

  ErrorReason(String... codes) {
    this.codes = codes.length == 0 ? new String[] {name()} : codes;
  }

  /** The code as MoMo sends it, e.g. {@code login_failed} for {@link #LOGIN_FAILED}. */
  public String code() {
    return codes[0];
  }

  /** The reason for a raw code, case-insensitively; {@link #UNKNOWN} for null or unknown codes. */
  public static ErrorReason fromCode(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    return BY_CODE.getOrDefault(code.trim().toUpperCase(Locale.ROOT), UNKNOWN);
  }
}
