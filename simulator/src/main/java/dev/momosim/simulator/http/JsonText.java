package dev.momosim.simulator.http;

/**
 * A small JSON object writer for the hottest answer, the status body: fields in the order written,
 * strings escaped per RFC 8259, no reflection and no intermediate tree.
 */
final class JsonText {
  private final StringBuilder out = new StringBuilder(256).append('{');
  private boolean first = true;

  JsonText field(String name, String value) {
    if (value != null) {
      name(name);
      quote(value);
    }
    return this;
  }

  /** A JSON number. */
  JsonText number(String name, long value) {
    name(name);
    out.append(value);
    return this;
  }

  /** A nested object whose fields the consumer writes. */
  JsonText object(String name, java.util.function.Consumer<JsonText> fields) {
    name(name);
    JsonText nested = new JsonText();
    fields.accept(nested);
    out.append(nested);
    return this;
  }

  @Override
  public String toString() {
    return out + "}";
  }

  private void name(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    quote(name);
    out.append(':');
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
