package dev.momosim.simulator.config;

/**
 * Access to the control API and the dashboard ({@code control}).
 *
 * @param adminToken the token every {@code /_sim} request must carry, or null: then a simulator on
 *     loopback accepts its own origin only, and one bound beyond loopback generates a token at
 *     start. At least {@value #MIN_TOKEN_LENGTH} characters, printable ASCII without spaces,
 *     quotes, commas, semicolons or backslashes (it travels in a cookie and a link). Never shown by
 *     {@link #toString()}.
 */
public record ControlSettings(String adminToken) {
  public static final int MIN_TOKEN_LENGTH = 16;
  public static final int MAX_TOKEN_LENGTH = 512;

  public ControlSettings {
    if (adminToken != null) {
      checkToken(adminToken, "control.adminToken");
    }
  }

  /**
   * Refuses a token that is too short, too long or holds a character a cookie or a link cannot
   * carry; the message names {@code source} and never the token.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static String checkToken(String token, String source) {
    if (token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          source + " must be at least " + MIN_TOKEN_LENGTH + " characters, was " + token.length());
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          source + " must be at most " + MAX_TOKEN_LENGTH + " characters, was " + token.length());
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c >= 127 || c == '"' || c == ',' || c == ';' || c == '\\') {
        throw new IllegalArgumentException(
            source
                + " may hold only printable ASCII without spaces, quotes, commas, semicolons or"
                + " backslashes");
      }
    }
    return token;
  }

  /** Says whether a token is set, never which. */
  @Override
  public String toString() {
    return "ControlSettings[adminToken=" + (adminToken == null ? "null" : "<redacted>") + "]";
  }
}
