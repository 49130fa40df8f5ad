package dev.momosim.simulator.tls;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host names the simulator answers TLS for: the loopback names, MTN's API hosts, and those
 * given with {@code --tls-name} ({@code tls.names}). Pure functions; thread-safe.
 */
public final class TlsNames {
  /** MTN's API hosts, which proxy interception answers for without being told. */
  public static final List<String> MTN_HOSTS =
      List.of("sandbox.momodeveloper.mtn.com", "proxy.momoapi.mtn.com");

  /** The loopback names every server certificate also holds. */
  public static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

  private static final Pattern DNS_NAME =
      Pattern.compile(
          "(?=.{1,253}$)(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private TlsNames() {}

  /** Lower case, without IPv6 brackets or a trailing dot. */
  public static String normalize(String name) {
    String bare = name.trim().toLowerCase(Locale.ROOT);
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    if (bare.endsWith(".") && bare.length() > 1) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return bare;
  }

  /** Whether {@code name} (normalized) is an IPv4 or IPv6 literal rather than a DNS name. */
  public static boolean isIpLiteral(String name) {
    return IPV4.matcher(name).matches() || name.contains(":");
  }

  /**
   * Checks a name given with {@code --tls-name}: a DNS name or an IP literal.
   *
   * @throws IllegalArgumentException naming {@code source} and the name
   */
  public static String check(String name, String source) {
    String normalized = normalize(name == null ? "" : name);
    if (normalized.isEmpty()
        || !(DNS_NAME.matcher(normalized).matches() || isIpLiteral(normalized))) {
      throw new IllegalArgumentException(
          source + ": '" + name + "' is not a host name or an IP address");
    }
    return normalized;
  }
}
