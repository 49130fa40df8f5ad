package dev.momosim.simulator.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whose consent a {@code bc-authorize} asks for: {@code login_hint=ID:{id}/{TYPE}}, e.g. {@code
 * ID:46733123450/MSISDN} (MTN's example). The type is one of the party id types MoMo knows ({@link
 * Party#TYPES}), any case; an MSISDN is 5 to 15 digits, any other id is 1 to 128 characters.
 *
 * @param idType the type, upper case
 * @param id the account holder's id
 */
public record LoginHint(String idType, String id) {
  private static final Pattern MSISDN = Pattern.compile("[0-9]{5,15}");
  private static final String EXAMPLE = "ID:{msisdn}/MSISDN, e.g. ID:46733123450/MSISDN";

  public LoginHint {
    Objects.requireNonNull(idType, "idType");
    Objects.requireNonNull(id, "id");
  }

  /**
   * @throws MomoException 400 naming {@code login_hint} and its form
   */
  public static LoginHint parse(String text) {
    if (text == null || text.isBlank()) {
      throw MomoException.badRequest("login_hint is required: " + EXAMPLE + ".");
    }
    int slash = text.lastIndexOf('/');
    if (!text.regionMatches(true, 0, "ID:", 0, 3) || slash < 3) {
      throw MomoException.badRequest("login_hint must be " + EXAMPLE + ".");
    }
    String id = text.substring(3, slash);
    String type = text.substring(slash + 1).toUpperCase(Locale.ROOT);
    if (!Party.TYPES.contains(type)) {
      throw MomoException.badRequest(
          "login_hint names the id type '"
              + text.substring(slash + 1)
              + "'; it must be one of MSISDN, EMAIL, PARTY_CODE.");
    }
    if (type.equals("MSISDN") ? !MSISDN.matcher(id).matches() : id.isEmpty() || id.length() > 128) {
      throw MomoException.badRequest(
          type.equals("MSISDN")
              ? "login_hint's MSISDN must be 5 to 15 digits with the country code, e.g."
                  + " ID:46733123450/MSISDN."
              : "login_hint's " + type + " must be 1 to 128 characters.");
    }
    return new LoginHint(type, id);
  }

  /** {@code ID:{id}/{TYPE}}. */
  @Override
  public String toString() {
    return "ID:" + id + "/" + idType;
  }
}
