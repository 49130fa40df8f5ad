package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code application/x-www-form-urlencoded} bodies of the consent operations, as a map of the
 * first value of each field. A body sent with another content type is read as a form too (clients
 * forget the header), so only its fields decide.
 */
final class FormBodies {
  private FormBodies() {}

  /**
   * @throws MomoException 400 when the body is not a form (a JSON body, a malformed %-escape)
   */
  static Map<String, String> read(RoutingContext ctx) {
    Map<String, String> fields = new LinkedHashMap<>();
    String text = ctx.body() == null ? null : ctx.body().asString();
    String trimmed = text == null ? "" : text.strip();
    MultiMap decoded = ctx.request().formAttributes();
    boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
    if (decoded != null) {
      for (String name : decoded.names()) {
        json |= name.startsWith("{") || name.startsWith("[");
      }
    }
    if (json) {
      throw MomoException.badRequest(
          "The body must be a form (Content-Type: application/x-www-form-urlencoded), not JSON.");
    }
    if (decoded != null && !decoded.isEmpty()) {
      decoded.forEach(field -> fields.putIfAbsent(field.getKey(), field.getValue()));
      return fields;
    }
    for (String pair : trimmed.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        fields.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw MomoException.badRequest(
            "The form body is malformed: a % must be followed by two hex digits.");
      }
    }
    return fields;
  }
}
