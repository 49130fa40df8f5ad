package dev.momosim.simulator.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The path of a key as messages name it: {@code callbacks.retries}, {@code apiUsers.preset[0].id}.
 */
public final class JsonPath {
  private JsonPath() {}

  /** The path of the value a deserializer is reading, from the document it was asked to read. */
  public static String of(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      context = context.getParent(); // the parser has already entered the value
    }
    Deque<String> parts = new ArrayDeque<>();
    for (; context != null; context = context.getParent()) {
      if (context.inObject() && context.getCurrentName() != null) {
        parts.addFirst(context.getCurrentName());
      } else if (context.inArray()) {
        parts.addFirst("[" + Math.max(0, context.getCurrentIndex()) + "]");
      }
    }
    return join(parts);
  }

  static String of(List<JsonMappingException.Reference> references) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonMappingException.Reference reference : references) {
      parts.addLast(
          reference.getFieldName() != null
              ? reference.getFieldName()
              : "[" + reference.getIndex() + "]");
    }
    return join(parts);
  }

  private static String join(Deque<String> parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (!path.isEmpty() && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.toString();
  }
}
