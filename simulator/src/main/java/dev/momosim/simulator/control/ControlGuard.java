package dev.momosim.simulator.control;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Guards the control API, the dashboard under {@code /_sim} and the {@code /} redirect (the MoMo
 * API passes untouched), as {@link ControlAccess} decides:
 *
 * <ul>
 *   <li>Without a token: the {@code Host} must name a loopback address, so a page on another domain
 *       that rebinds its name to 127.0.0.1 gets {@code 403 FORBIDDEN_HOST}.
 *   <li>With a token: {@code Authorization: Bearer TOKEN} or the cookie the dashboard link sets;
 *       else {@code 401 UNAUTHORIZED}; but {@code GET /_sim/health} answers without it, so that a
 *       container engine, load balancer or orchestrator can probe a simulator bound beyond loopback
 *       (it tells only whether the simulator is up and its clock). {@code GET
 *       /_sim/ui/...?token=TOKEN} checks the token, sets the cookie (HttpOnly, SameSite=Strict,
 *       path {@code /_sim}) and sends the browser on to the same address without the token.
 *   <li>Always, for a request that can change state (any method but GET, HEAD, OPTIONS): an {@code
 *       Origin} other than the simulator's own or a {@code Sec-Fetch-Site} other than {@code
 *       same-origin} or {@code none} is {@code 403 FORBIDDEN_ORIGIN}; a body or content type other
 *       than {@code application/json} is {@code 415 UNSUPPORTED_MEDIA_TYPE}. A cross-origin
 *       "simple" request (a form, {@code text/plain}) can therefore never change state, and no CORS
 *       header is ever sent, so a browser never lets another origin send a JSON one.
 * </ul>
 *
 * Refusals fail the routing context and are rendered by the one failure handler; the token never
 * appears in an answer. Stateless apart from the access rules; thread-safe.
 */
public final class ControlGuard implements Handler<RoutingContext> {
  /** The cookie the dashboard link sets; its value is the token, sent only to {@code /_sim}. */
  public static final String COOKIE = "momo_sim_admin";

  private static final String LOGIN_PARAMETER = "token";
  private static final String HEALTH = "/_sim/health";
  private static final Set<HttpMethod> READ_ONLY =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final ControlAccess access;

  public ControlGuard(ControlAccess access) {
    this.access = access;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    boolean control = path.equals("/_sim") || path.startsWith("/_sim/");
    if (!control && !path.equals("/")) {
      ctx.next();
      return;
    }
    HttpServerRequest request = ctx.request();
    if (access.requiresToken()) {
      if (!control) {
        ctx.next(); // "/" only redirects to the dashboard, which asks for the token
        return;
      }
      if (path.equals(HEALTH) && request.method() == HttpMethod.GET) {
        ctx.next();
        return;
      }
      if (isLogin(ctx, path)) {
        login(ctx, path);
        return;
      }
      if (!authorized(request)) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"momo-sim\"");
        ctx.fail(
            new ControlException(
                401,
                "UNAUTHORIZED",
                "The control API and the dashboard need the admin token: send Authorization:"
                    + " Bearer <token> (momo-sim commands: --admin-token or MOMO_SIM_ADMIN_TOKEN),"
                    + " or open the dashboard link momo-sim serve printed (it ends in ?token=...)."
                    + " See docs/security.md."));
        return;
      }
    } else if (!ControlAccess.isLoopbackName(hostOf(request))) {
      ctx.fail(
          new ControlException(
              403,
              "FORBIDDEN_HOST",
              "The control API answers only requests addressed to localhost, 127.0.0.1 or [::1]:"
                  + " another Host is refused, so that a web page cannot reach it through DNS"
                  + " rebinding. To reach it by another name, give it an admin token (see"
                  + " docs/security.md)."));
      return;
    }
    if (!READ_ONLY.contains(request.method())) {
      ControlException refusal = refusalOfChange(request);
      if (refusal != null) {
        ctx.fail(refusal);
        return;
      }
    }
    ctx.next();
  }

  /** Why a state-changing request is refused, or null when it may go on. */
  private static ControlException refusalOfChange(HttpServerRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin != null && !isOwnOrigin(request, origin)) {
      return new ControlException(
          403,
          "FORBIDDEN_ORIGIN",
          "The control API accepts changes only from its own origin (the dashboard); a request"
              + " from another web page is refused.");
    }
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
      return new ControlException(
          403,
          "FORBIDDEN_ORIGIN",
          "The control API accepts changes only from its own origin (the dashboard); the browser"
              + " says this request comes from another site (Sec-Fetch-Site: "
              + site.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "")
              + ").");
    }
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if ((type != null || hasBody(request)) && !isJson(type)) {
      return new ControlException(
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          "Control API requests carry JSON: send the body with Content-Type: application/json.");
    }
    return null;
  }

  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
        || (length != null && !length.trim().equals("0"));
  }

  private static boolean isJson(String type) {
    if (type == null) {
      return false;
    }
    int semicolon = type.indexOf(';');
    String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
    return mediaType.equalsIgnoreCase("application/json");
  }

  /** Same scheme, host and port as the address the request was sent to. */
  private static boolean isOwnOrigin(HttpServerRequest request, String origin) {
    HostAndPort authority = request.authority();
    if (authority == null) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      return false; // "null" (a sandboxed page, a file) and anything unreadable
    }
    String scheme = request.isSSL() ? "https" : "http";
    if (uri.getScheme() == null || uri.getHost() == null) {
      return false;
    }
    int defaultPort = scheme.equals("https") ? 443 : 80;
    int ownPort = authority.port() < 0 ? defaultPort : authority.port();
    int originPort = uri.getPort() < 0 ? defaultPort : uri.getPort();
    return uri.getScheme().equalsIgnoreCase(scheme)
        && bare(uri.getHost()).equalsIgnoreCase(bare(authority.host()))
        && originPort == ownPort;
  }

  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static String hostOf(HttpServerRequest request) {
    HostAndPort authority = request.authority();
    return authority == null ? null : authority.host();
  }

  private boolean authorized(HttpServerRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null) {
      return header.regionMatches(true, 0, "Bearer ", 0, 7)
          && access.accepts(header.substring(7).trim());
    }
    Cookie cookie = request.getCookie(COOKIE);
    return cookie != null && access.accepts(cookie.getValue());
  }

  private static boolean isLogin(RoutingContext ctx, String path) {
    HttpMethod method = ctx.request().method();
    if (!(method == HttpMethod.GET || method == HttpMethod.HEAD)
        || !(path.equals("/_sim/ui") || path.startsWith("/_sim/ui/"))
        || ctx.request().query() == null) {
      return false;
    }
    try {
      return ctx.queryParams().contains(LOGIN_PARAMETER);
    } catch (RuntimeException malformed) { // a bad %-escape: not a link serve printed
      return false;
    }
  }

  /**
   * The dashboard link: a right token becomes the cookie, and the browser goes on to the address
   * without it, so the token stays in neither the address bar nor the history. A browser that
   * followed the link from another site would not send a SameSite=Strict cookie along a redirect
   * from that navigation, so it gets a page that moves on by itself instead (its own navigation).
   */
  private void login(RoutingContext ctx, String path) {
    if (!access.accepts(ctx.queryParams().get(LOGIN_PARAMETER))) {
      ctx.fail(
          new ControlException(
              401,
              "UNAUTHORIZED",
              "The token in this link is not the simulator's admin token. Use the link momo-sim"
                  + " serve printed, or restart it and use the new one."));
      return;
    }
    String target = withoutToken(path, ctx.request().query());
    ctx.response()
        .addCookie(
            Cookie.cookie(COOKIE, access.token().orElseThrow())
                .setPath("/_sim")
                .setHttpOnly(true)
                .setSecure(ctx.request().isSSL())
                .setSameSite(CookieSameSite.STRICT))
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .putHeader("Referrer-Policy", "no-referrer");
    String site = ctx.request().getHeader("Sec-Fetch-Site");
    if (site == null || site.equalsIgnoreCase("none") || site.equalsIgnoreCase("same-origin")) {
      ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, target).end();
    } else {
      String html = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
      ctx.response()
          .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=utf-8")
          .end(
              "<!doctype html><meta charset=\"utf-8\"><title>momo-sim</title>"
                  + "<meta http-equiv=\"refresh\" content=\"0;url="
                  + html
                  + "\"><p><a href=\""
                  + html
                  + "\">Continue to the dashboard</a></p>");
    }
  }

  /** The path with its query minus the token parameter (the other parameters as they came). */
  private static String withoutToken(String path, String query) {
    StringBuilder kept = new StringBuilder();
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      if (parameter.isEmpty()
          || URLDecoder.decode(name, StandardCharsets.UTF_8).equals(LOGIN_PARAMETER)) {
        continue;
      }
      kept.append(kept.length() == 0 ? "?" : "&").append(parameter);
    }
    return path + kept;
  }
}
