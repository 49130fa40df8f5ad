package dev.momosim.simulator.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.momosim.simulator.binding.BindingException;
import dev.momosim.simulator.binding.StrictReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The configuration as JSON: the packaged defaults (the one place each default lives), a user's
 * file merged over them, and the binding to {@link SimulatorSettings}.
 */
public final class ConfigJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final StrictReader READER = StrictReader.strict();
  private static final String DEFAULTS = "/dev/momosim/simulator/default-config.json";

  private ConfigJson() {}

  /** A fresh copy of the packaged {@code default-config.json}. */
  public static ObjectNode packagedDefaults() {
    try (InputStream in = ConfigJson.class.getResourceAsStream(DEFAULTS)) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged default configuration", e);
    }
  }

  /**
   * Reads a config file's text.
   *
   * @throws IllegalArgumentException when it is not a JSON object
   */
  public static ObjectNode parse(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "configuration is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("configuration must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /**
   * {@code patch} over {@code base}, as a new object: objects merge key by key; any other value,
   * arrays included, replaces the one below whole; so does a product under {@code subscriptionKeys}
   * (its keys replace both default keys).
   */
  public static ObjectNode merge(ObjectNode base, ObjectNode patch) {
    ObjectNode merged = base.deepCopy();
    mergeInto(merged, patch, "");
    return merged;
  }

  /**
   * Binds a whole configuration (the defaults with any files merged over them).
   *
   * @throws IllegalArgumentException naming the key at fault: {@code unknown configuration key:
   *     callbacks.retrys}, {@code port must be between 0 and 65535, was 70000}
   */
  public static SimulatorSettings bind(ObjectNode json) {
    try {
      return READER.read(json, SimulatorSettings.class);
    } catch (BindingException e) {
      List<String> unknown = e.unknownKeys();
      if (unknown.isEmpty()) {
        throw e;
      }
      throw new IllegalArgumentException(
          "unknown configuration key"
              + (unknown.size() == 1 ? ": " : "s: ")
              + String.join(", ", unknown),
          e);
    }
  }

  private static void mergeInto(ObjectNode target, ObjectNode patch, String path) {
    patch
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode existing = target.get(field.getKey());
              boolean replaceWhole = path.equals("subscriptionKeys");
              if (!replaceWhole
                  && existing instanceof ObjectNode existingObject
                  && field.getValue() instanceof ObjectNode patchObject) {
                mergeInto(
                    existingObject,
                    patchObject,
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey());
              } else {
                target.set(field.getKey(), field.getValue().deepCopy());
              }
            });
  }
}
