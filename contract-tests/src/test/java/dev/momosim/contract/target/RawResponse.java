package dev.momosim.contract.target;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.parsetools.JsonEventType;
import io.vertx.core.parsetools.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP answer as received: status, raw body and the body's JSON keys in the order they came.
 * Immutable.
 */
public record RawResponse(int status, String body, String contentType) {

  /** The body as a JSON object (key order kept), or {@code null} when empty or not an object. */
  public JsonObject json() {
    String text = body == null ? "" : body.trim();
    if (!text.startsWith("{")) {
      return null;
    }
    return new JsonObject(text);
  }

  /**
   * The top-level keys as they stand in the body, in wire order and with any repeated key repeated;
   * empty when the body is not one JSON object.
   */
  public List<String> keys() {
    List<String> names = new ArrayList<>();
    int[] depth = {0};
    boolean[] isObject = {false};
    JsonParser parser = JsonParser.newParser();
    parser.handler(
        event -> {
          if (depth[0] == 1 && event.fieldName() != null) {
            names.add(event.fieldName());
          }
          JsonEventType type = event.type();
          if (type == JsonEventType.START_OBJECT || type == JsonEventType.START_ARRAY) {
            isObject[0] |= depth[0] == 0 && type == JsonEventType.START_OBJECT;
            depth[0]++;
          } else if (type == JsonEventType.END_OBJECT || type == JsonEventType.END_ARRAY) {
            depth[0]--;
          }
        });
    try {
      parser.handle(Buffer.buffer(body == null ? "" : body));
      parser.end();
    } catch (DecodeException notJson) {
      return List.of();
    }
    return isObject[0] ? List.copyOf(names) : List.of();
  }

  /** Each key (nested objects as {@code payer.partyId}) with its JSON type, in wire order. */
  public Map<String, String> fieldTypes() {
    JsonObject json = json();
    return json == null ? Map.of() : fieldTypes(json);
  }

  /** Each key of {@code json} (nested as {@code a.b}) with its JSON type, in order. */
  public static Map<String, String> fieldTypes(JsonObject json) {
    Map<String, String> types = new LinkedHashMap<>();
    collect(json, "", types);
    return types;
  }

  private static void collect(JsonObject json, String prefix, Map<String, String> types) {
    for (Map.Entry<String, Object> entry : json) {
      String name = prefix + entry.getKey();
      types.put(name, typeOf(entry.getValue()));
      if (entry.getValue() instanceof JsonObject nested) {
        collect(nested, name + ".", types);
      }
    }
  }

  /** The JSON type of a decoded value: string, number, boolean, object, array or null. */
  public static String typeOf(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof JsonObject || value instanceof Map) {
      return "object";
    }
    if (value instanceof JsonArray || value instanceof List) {
      return "array";
    }
    return value.getClass().getSimpleName();
  }
}
