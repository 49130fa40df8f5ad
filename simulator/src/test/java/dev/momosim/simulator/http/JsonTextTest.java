package dev.momosim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void writesFieldsInOrderLeavesOutNullsAndEscapesStrings() {
    String text =
        new JsonText()
            .field("a", "quote \" backslash \\ newline \n tab \t control \u0001 unicode é")
            .field("skipped", null)
            .object("nested", nested -> nested.field("b", "1").field("c", "2"))
            .toString();

    JsonObject parsed = new JsonObject(text);
    assertThat(parsed.getString("a"))
        .isEqualTo("quote \" backslash \\ newline \n tab \t control \u0001 unicode é");
    assertThat(parsed.containsKey("skipped")).isFalse();
    assertThat(parsed.fieldNames()).containsExactly("a", "nested");
    assertThat(text).endsWith("\"nested\":{\"b\":\"1\",\"c\":\"2\"}}");
  }
}
