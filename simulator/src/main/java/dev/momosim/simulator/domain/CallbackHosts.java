package dev.momosim.simulator.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * MTN refuses a creating call whose {@code X-Callback-Url} host is not the API user's {@code
 * providerCallbackHost}. A host given as a full URL at provisioning is reduced to its host.
 */
public final class CallbackHosts {
  private CallbackHosts() {}

  public static void check(String callbackUrl, String providerCallbackHost) {
    if (callbackUrl == null) {
      return;
    }
    String host = hostOf(callbackUrl);
    if (host == null) {
      throw MomoException.badRequest(
          "X-Callback-Url must be an absolute http or https URL, was: "
              + Redaction.url(callbackUrl));
    }
    if (!host.equalsIgnoreCase(normalise(providerCallbackHost))) {
      throw MomoException.callbackHostMismatch();
    }
  }

  /** The host of a provisioned {@code providerCallbackHost}, which some clients send as a URL. */
  public static String normalise(String providerCallbackHost) {
    if (providerCallbackHost == null) {
      return "";
    }
    String trimmed = providerCallbackHost.trim();
    if (trimmed.contains("://")) {
      String host = hostOf(trimmed);
      return host == null ? trimmed : host;
    }
    int slash = trimmed.indexOf('/');
    String withoutPath = slash >= 0 ? trimmed.substring(0, slash) : trimmed;
    int colon = withoutPath.lastIndexOf(':');
    return (colon > 0 ? withoutPath.substring(0, colon) : withoutPath).toLowerCase(Locale.ROOT);
  }

  private static String hostOf(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      // new URI accepts any digits as a port; port 0 or one above 65535 cannot be sent to.
      return uri.getPort() == 0 || uri.getPort() > 65535 ? null : uri.getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
