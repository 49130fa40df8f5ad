package dev.momosim.simulator.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods a path answers, for the {@code Allow} header a 405 must carry (RFC 9110 §15.5.6):
 * read from the routes themselves, through mounted sub-routers, so it cannot drift from them. Only
 * run on a 405, so the walk's cost does not matter.
 */
final class AllowedMethods {
  private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z0-9_]+");

  private AllowedMethods() {}

  /** E.g. {@code "GET"} or {@code "DELETE, GET, POST, PUT"}; empty when no route has the path. */
  static String on(Router router, String path) {
    Set<String> methods = new TreeSet<>();
    collect(router, path, methods);
    return String.join(", ", methods);
  }

  private static void collect(Router router, String path, Set<String> methods) {
    for (Route route : router.getRoutes()) {
      String routePath = route.getPath();
      if (routePath == null) { // a pathRegex route; none here answers only some methods
        continue;
      }
      if (route.getSubRouter() != null) {
        String mount =
            routePath.endsWith("/") ? routePath.substring(0, routePath.length() - 1) : routePath;
        if (path.startsWith(mount + "/")) {
          collect(route.getSubRouter(), path.substring(mount.length()), methods);
        }
      } else if (route.methods() != null
          && !route.methods().isEmpty()
          && matches(route, routePath, path)) {
        route.methods().stream().map(HttpMethod::name).forEach(methods::add);
      }
    }
  }

  private static boolean matches(Route route, String routePath, String path) {
    String pattern = PARAMETER.matcher(Pattern.quote(routePath)).replaceAll("\\\\E[^/]+\\\\Q");
    return route.isExactPath() ? path.matches(pattern) : path.matches(pattern + ".*");
  }
}
