package dev.momosim.client.internal;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * Lenient readers over Vert.x JSON: numbers and booleans are read as text where MoMo sends strings.
 */
final class Json {

  private Json() {}

  /** The object in {@code text}, or {@code null} when it is not a JSON object. */
  static JsonObject objectOrNull(String text) {
    try {
      Object value = io.vertx.core.json.Json.decodeValue(text);
      return value instanceof JsonObject object ? object : null;
    } catch (DecodeException notJson) {
      return null;
    }
  }

  /** A field as text whether MoMo sent a string, a number or a boolean; {@code null} if absent. */
  static String text(JsonObject json, String field) {
    Object value = json.getValue(field);
    if (value == null
        || value instanceof JsonObject
        || value instanceof io.vertx.core.json.JsonArray) {
      return null;
    }
    return value.toString();
  }
}
