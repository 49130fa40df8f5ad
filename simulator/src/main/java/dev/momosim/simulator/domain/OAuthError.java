package dev.momosim.simulator.domain;

/**
 * A refusal of the oauth2 token endpoint, in OAuth's shape (RFC 6749 §5.2, OpenID CIBA core §11):
 * HTTP 400 {@code {"error": "...", "error_description": "..."}}, e.g. {@code authorization_pending}
 * while the account holder has not answered.
 */
public final class OAuthError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;

  public OAuthError(String error, String description) {
    super(description, null, false, false);
    this.error = error;
  }

  /** The {@code error} code. */
  public String error() {
    return error;
  }

  public static OAuthError pending() {
    return new OAuthError(
        "authorization_pending", "The account holder has not answered the consent request yet.");
  }

  public static OAuthError denied() {
    return new OAuthError("access_denied", "The account holder refused the consent request.");
  }

  public static OAuthError expired() {
    return new OAuthError(
        "expired_token", "The auth_req_id has expired: send a new bc-authorize request.");
  }

  public static OAuthError invalidGrant(String description) {
    return new OAuthError("invalid_grant", description);
  }

  public static OAuthError invalidRequest(String description) {
    return new OAuthError("invalid_request", description);
  }
}
