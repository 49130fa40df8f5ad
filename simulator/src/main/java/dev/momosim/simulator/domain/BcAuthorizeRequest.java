package dev.momosim.simulator.domain;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The form of {@code POST /{product}/v1_0/bc-authorize} (momo-api.md §4 T3), checked: {@code
 * login_hint} and {@code scope} required, {@code access_type} {@code online} or {@code offline}
 * (default {@code offline}, what MTN's notebook sends), {@code consent_valid_in} a whole number of
 * seconds from 1, {@code scope_instruction} base64. {@code client_notification_token} is checked
 * for length and not kept: the simulator polls (CIBA poll mode), it never notifies.
 *
 * @param consentValidSeconds the {@code consent_valid_in} sent, or null for the configured default
 */
public record BcAuthorizeRequest(
    LoginHint loginHint, String scope, String accessType, Long consentValidSeconds) {
  /** The longest {@code consent_valid_in} accepted: ten years. */
  public static final long MAX_CONSENT_SECONDS = 10L * 365 * 24 * 3600;

  private static final Pattern SCOPE =
      Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*");
  private static final int MAX_TEXT = 1024;

  /**
   * The scopes consent can be asked for: OpenID Connect's and MTN's {@code all_info}. MTN's SDK
   * suite expects {@code scope=invalid} to fail with a 500; MTN's remittance errors name it {@code
   * UNSUPPORTED_SCOPE}.
   */
  public static final Set<String> SCOPES =
      Set.of("openid", "profile", "email", "phone", "address", "offline_access", "all_info");

  public BcAuthorizeRequest {
    Objects.requireNonNull(loginHint, "loginHint");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(accessType, "accessType");
  }

  /** Whether the client asked for a refresh token ({@code access_type=offline}). */
  public boolean offline() {
    return accessType.equals("offline");
  }

  /**
   * @param form the decoded form fields (the first value of each)
   * @throws MomoException 400 naming the first field that is missing or malformed
   */
  public static BcAuthorizeRequest parse(Map<String, String> form) {
    LoginHint hint = LoginHint.parse(form.get("login_hint"));
    String scope = form.get("scope");
    if (scope == null || scope.isBlank()) {
      throw MomoException.badRequest(
          "scope is required: the scopes asked for, separated by spaces, e.g. scope=all_info.");
    }
    if (scope.length() > MAX_TEXT || !SCOPE.matcher(scope).matches()) {
      throw MomoException.badRequest(
          "scope must be scope names separated by single spaces (at most "
              + MAX_TEXT
              + " characters), e.g. all_info or openid profile.");
    }
    for (String name : scope.split(" ")) {
      if (!SCOPES.contains(name)) {
        throw new MomoException(
            500,
            "UNSUPPORTED_SCOPE",
            "Scope "
                + name
                + " is not supported; the scopes are "
                + String.join(", ", new TreeSet<>(SCOPES))
                + ".");
      }
    }
    String accessType = form.getOrDefault("access_type", "offline");
    if (!accessType.equals("online") && !accessType.equals("offline")) {
      throw MomoException.badRequest("access_type must be online or offline.");
    }
    Long valid = consentValidIn(form.get("consent_valid_in"));
    String notification = form.get("client_notification_token");
    if (notification != null && notification.length() > MAX_TEXT) {
      throw MomoException.badRequest(
          "client_notification_token must be at most " + MAX_TEXT + " characters.");
    }
    String instruction = form.get("scope_instruction");
    if (instruction != null) {
      try {
        Base64.getDecoder().decode(instruction);
      } catch (IllegalArgumentException e) {
        throw MomoException.badRequest("scope_instruction must be base64.");
      }
      if (instruction.length() > 8 * MAX_TEXT) {
        throw MomoException.badRequest(
            "scope_instruction must be at most " + 8 * MAX_TEXT + " characters.");
      }
    }
    return new BcAuthorizeRequest(hint, scope, accessType, valid);
  }

  private static Long consentValidIn(String text) {
    if (text == null) {
      return null;
    }
    long seconds;
    try {
      seconds = Long.parseLong(text);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 1 || seconds > MAX_CONSENT_SECONDS) {
      throw MomoException.badRequest(
          "consent_valid_in must be a whole number of seconds from 1 to "
              + MAX_CONSENT_SECONDS
              + ".");
    }
    return seconds;
  }
}
