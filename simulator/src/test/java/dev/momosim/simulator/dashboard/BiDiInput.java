package dev.momosim.simulator.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The input sources of WebDriver BiDi's {@code input.performActions}: a mouse click on an element's
 * centre, and key strokes (keys are WebDriver key codes, e.g. U+E009 for Control).
 */
final class BiDiInput {
  private static final String CONTROL = "\uE009";
  private static final String BACKSPACE = "\uE003";

  private BiDiInput() {}

  static JsonObject clickOnCentreOf(JsonObject element) {
    return new JsonObject()
        .put("type", "pointer")
        .put("id", "mouse")
        .put("parameters", new JsonObject().put("pointerType", "mouse"))
        .put(
            "actions",
            new JsonArray()
                .add(
                    new JsonObject()
                        .put("type", "pointerMove")
                        .put("x", 0)
                        .put("y", 0)
                        .put(
                            "origin",
                            new JsonObject().put("type", "element").put("element", element)))
                .add(new JsonObject().put("type", "pointerDown").put("button", 0))
                .add(new JsonObject().put("type", "pointerUp").put("button", 0)));
  }

  /** One keyboard source pressing the strokes in order. */
  @SafeVarargs
  static JsonObject keyboard(List<JsonObject>... strokes) {
    JsonArray actions = new JsonArray();
    for (List<JsonObject> stroke : strokes) {
      stroke.forEach(actions::add);
    }
    return new JsonObject().put("type", "key").put("id", "keyboard").put("actions", actions);
  }

  /** Ctrl+A, then Backspace: empties a text field as a person does. */
  static List<JsonObject> selectAllAndDelete() {
    List<JsonObject> keys = new ArrayList<>();
    keys.add(key("keyDown", CONTROL));
    keys.addAll(stroke("a"));
    keys.add(key("keyUp", CONTROL));
    keys.addAll(stroke(BACKSPACE));
    return keys;
  }

  /** Each character of the text, pressed and released. */
  static List<JsonObject> typing(String text) {
    List<JsonObject> keys = new ArrayList<>();
    text.codePoints()
        .mapToObj(Character::toString)
        .forEach(character -> keys.addAll(stroke(character)));
    return keys;
  }

  static List<JsonObject> stroke(String key) {
    return List.of(key("keyDown", key), key("keyUp", key));
  }

  private static JsonObject key(String type, String value) {
    return new JsonObject().put("type", type).put("value", value);
  }
}
