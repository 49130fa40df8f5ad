package dev.momosim.simulator.binding;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a JSON tree to a record and refuses what the record does not describe: every unknown key
 * (all of them, so one refusal names them all) and any value of the wrong type, each by its path. A
 * record's own refusal (an {@link IllegalArgumentException} from its constructor or a deserializer)
 * keeps its message. Immutable and thread-safe.
 */
public final class StrictReader {
  private static final int MAX_SHOWN = 40;
  private static final int MAX_UNKNOWN = 50;

  private final ObjectMapper mapper;

  private StrictReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Each value must have its JSON type: {@code "8080"} is not a port, {@code 1.5} no count. */
  public static StrictReader strict() {
    return new StrictReader(
        base()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build());
  }

  /**
   * Scalars read as text where text is expected ({@code 46733123453} is the id "46733123453"), and
   * one value stands for a list of one; a fraction is still no whole number.
   */
  public static StrictReader lenient() {
    return new StrictReader(
        base().enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build());
  }

  private static JsonMapper.Builder base() {
    return JsonMapper.builder()
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }

  /**
   * @throws BindingException naming every unknown key, or the value that cannot be used
   * @throws IllegalArgumentException a record's own refusal, with its message
   */
  public <T> T read(JsonNode json, Class<T> type) {
    ObjectReader reader = mapper.readerFor(type);
    JsonNode remaining = json;
    List<String> unknown = new ArrayList<>();
    while (true) {
      try {
        T value = reader.readValue(remaining);
        if (unknown.isEmpty()) {
          return value;
        }
        throw unknownKeys(unknown);
      } catch (UnrecognizedPropertyException e) {
        // Jackson names one unknown key, by its exact path; take it out and look for the next.
        unknown.add(JsonPath.of(e.getPath()));
        if (remaining == json) {
          remaining = json.deepCopy();
        }
        if (unknown.size() == MAX_UNKNOWN || !remove(remaining, e.getPath())) {
          throw unknownKeys(unknown);
        }
      } catch (JsonMappingException e) {
        if (!unknown.isEmpty()) {
          throw unknownKeys(unknown); // a misspelled key explains the rest
        }
        throw new BindingException(message(e, remaining), List.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static BindingException unknownKeys(List<String> unknown) {
    List<String> sorted = unknown.stream().sorted().distinct().toList();
    return new BindingException("unknown keys " + String.join(", ", sorted), sorted);
  }

  private static boolean remove(JsonNode json, List<JsonMappingException.Reference> path) {
    JsonNode parent = valueAt(json, path.subList(0, path.size() - 1));
    String key = path.get(path.size() - 1).getFieldName();
    return parent instanceof ObjectNode object && key != null && object.remove(key) != null;
  }

  private static String message(JsonMappingException e, JsonNode json) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (!(cause instanceof JsonProcessingException)) {
        return cause.getMessage();
      }
    }
    String path = JsonPath.of(e.getPath());
    String named = path.isEmpty() ? "the value" : path;
    if (e instanceof MismatchedInputException mismatch) {
      return named
          + " must be "
          + Expected.of(mismatch.getTargetType())
          + ", was "
          + shown(valueAt(json, e.getPath()));
    }
    return named + ": " + e.getOriginalMessage();
  }

  private static JsonNode valueAt(JsonNode json, List<JsonMappingException.Reference> path) {
    JsonNode node = json;
    for (JsonMappingException.Reference reference : path) {
      node =
          reference.getFieldName() != null
              ? node.path(reference.getFieldName())
              : node.path(reference.getIndex());
    }
    return node;
  }

  /** A refused value for a message: text as written, anything else as JSON, shortened. */
  static String shown(JsonNode value) {
    String text =
        value.isMissingNode() ? "absent" : value.isTextual() ? value.asText() : value.toString();
    return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
  }
}
