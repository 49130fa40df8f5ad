package dev.momosim.simulator.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may use the control API ({@code /_sim}) and the dashboard, decided once when a simulator
 * starts. On a loopback address with no admin token configured, only requests addressed to a
 * loopback name and coming from the simulator's own origin are accepted; with a token configured,
 * or bound beyond loopback (where a token is generated if none is given), every request needs the
 * token. Immutable and thread-safe; {@link #toString()} never shows the token.
 */
public final class ControlAccess {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int GENERATED_TOKEN_BYTES = 32;
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

  private final String token;
  private final byte[] tokenDigest;
  private final boolean generated;

  private ControlAccess(String token, boolean generated) {
    this.token = token;
    this.tokenDigest = token == null ? null : digest(token);
    this.generated = generated;
  }

  /**
   * The access rules for a simulator listening on {@code host} with {@code configuredToken} (null
   * when none is configured): a token is generated when the host is not a loopback address and none
   * is configured.
   */
  public static ControlAccess forBinding(String host, String configuredToken) {
    if (configuredToken != null) {
      return new ControlAccess(configuredToken, false);
    }
    if (isLoopbackName(host)) {
      return new ControlAccess(null, false);
    }
    byte[] random = new byte[GENERATED_TOKEN_BYTES];
    RANDOM.nextBytes(random);
    return new ControlAccess(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
  }

  /**
   * Whether {@code host} (an address to listen on, or the host part of a {@code Host} header, with
   * or without IPv6 brackets) names this machine's loopback: {@code localhost}, {@code 127.x.x.x}
   * or {@code ::1}. Decided from the text alone, with no name lookup.
   */
  public static boolean isLoopbackName(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.equals("localhost")
        || IPV4_LOOPBACK.matcher(name).matches()
        || name.equals("::1")
        || name.equals("0:0:0:0:0:0:0:1");
  }

  /** Whether every control request must carry the admin token. */
  public boolean requiresToken() {
    return token != null;
  }

  /** The admin token in force, configured or generated; empty when none is required. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /** Whether the token was generated at start (and so must be shown to the person once). */
  public boolean generated() {
    return generated;
  }

  /** Whether {@code candidate} is the admin token, compared in constant time. */
  boolean accepts(String candidate) {
    return tokenDigest != null
        && candidate != null
        && MessageDigest.isEqual(tokenDigest, digest(candidate));
  }

  /** Hashing first makes the comparison's time independent of the lengths, too. */
  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return token == null
        ? "ControlAccess[own origin on loopback]"
        : "ControlAccess[admin token <redacted>" + (generated ? ", generated" : "") + "]";
  }
}
