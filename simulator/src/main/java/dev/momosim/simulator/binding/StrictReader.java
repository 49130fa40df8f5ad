package dev.momosim.simulator.binding;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Binds a JSON tree to a record and refuses what the record does not describe: every unknown key
 * (all of them, so one refusal names them all) and any value of the wrong type, each by its path. A
 * record's own refusal (an {@link IllegalArgumentException} from its constructor or a deserializer)
 * keeps its message. Immutable and thread-safe.
 */
public final class StrictReader {
  private static final int MAX_SHOWN = 40;

  private final ObjectMapper mapper;
  private final KnownKeys keys;

  private StrictReader(ObjectMapper mapper) {
    this.mapper = mapper;
    this.keys = new KnownKeys(mapper);
  }

  /**
   * Each value must have its JSON type: {@code "8080"} is not a port, {@code 8080} no host name,
   * {@code 1.5} no count.
   */
  public static StrictReader strict() {
    return new StrictReader(
        base()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                LogicalType.Textual,
                text ->
                    text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
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
    List<String> unknown = keys.unknownIn(json, type);
    if (!unknown.isEmpty()) {
      List<String> sorted = unknown.stream().sorted().distinct().toList();
      throw new BindingException("unknown keys " + String.join(", ", sorted), sorted);
    }
    try {
      return mapper.readerFor(type).readValue(json);
    } catch (UnrecognizedPropertyException e) { // a key only Jackson knows to be unknown
      String path = JsonPath.of(e.getPath());
      throw new BindingException("unknown keys " + path, List.of(path));
    } catch (JsonMappingException e) {
      throw new BindingException(message(e, json), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
