package dev.momosim.client.model;

import java.util.Objects;

/**
 * A request for an account holder's consent ({@code bc-authorize}, the CIBA flow), sent as a form.
 * Immutable, thread-safe, validated at construction.
 *
 * @param loginHint who is asked, e.g. {@code ID:46733123450/MSISDN} (see {@link #msisdnHint})
 * @param scope what is asked for, e.g. {@code profile} or {@code all_info}
 * @param accessType online (one use) or offline (a refresh token too)
 * @param consentValidIn how long the consent is valid in seconds, or {@code null} for MoMo's
 *     default
 * @param clientNotificationToken the CIBA notification token, or {@code null}
 * @param scopeInstruction a base64 scope instruction, or {@code null}
 */
public record ConsentRequest(
    String loginHint,
    String scope,
    AccessType accessType,
    Integer consentValidIn,
    String clientNotificationToken,
    String scopeInstruction) {

  /** How the consent token will be used. */
  public enum AccessType {
    /** While the account holder is present. */
    ONLINE,
    /** Without the account holder: the token comes with a refresh token. */
    OFFLINE;

    /** As MoMo spells it: {@code online} or {@code offline}. */
    public String wireValue() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ConsentRequest {
    Checks.notBlank(loginHint, "loginHint");
    Checks.notBlank(scope, "scope");
    Objects.requireNonNull(accessType, "accessType must not be null");
    if (consentValidIn != null && consentValidIn <= 0) {
      throw new IllegalArgumentException(
          "consentValidIn must be a positive number of seconds, got " + consentValidIn);
    }
  }

  /** A request with MoMo's defaults for the optional fields. */
  public static ConsentRequest of(String loginHint, String scope, AccessType accessType) {
    return new ConsentRequest(loginHint, scope, accessType, null, null, null);
  }

  /** The login hint for a phone number: {@code ID:46733123450/MSISDN}. */
  public static String msisdnHint(String msisdn) {
    return "ID:" + Party.msisdn(msisdn).id() + "/MSISDN";
  }
}
