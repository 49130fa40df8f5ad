package dev.momosim.simulator.binding;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the keys of a JSON tree that its target records do not declare, all of them and before
 * anything is bound: a misspelled key must be named even when it leaves a required value missing,
 * which would otherwise fail first. A record's keys are its creator's parameters; a value with its
 * own deserializer owns its keys.
 */
final class KnownKeys {
  private final ObjectMapper mapper;

  /**
   * Each record type's keys, found once: Jackson's introspection of a type costs far more than a
   * scan (the 40 packaged sandbox rules took about 100 ms to check before it was kept).
   */
  private final Map<JavaType, Optional<Map<String, AnnotatedParameter>>> keysByType =
      new ConcurrentHashMap<>();

  KnownKeys(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The unknown keys by path. */
  List<String> unknownIn(JsonNode json, Class<?> type) {
    List<String> unknown = new ArrayList<>();
    scan(json, mapper.constructType(type), "", unknown);
    return unknown;
  }

  private void scan(JsonNode node, JavaType type, String path, List<String> unknown) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          scan(node.get(i), type.getContentType(), path + "[" + i + "]", unknown);
        }
      }
    } else if (type.isMapLikeType()) {
      Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        scan(entry.getValue(), type.getContentType(), join(path, entry.getKey()), unknown);
      }
    } else if (node.isObject() && isRecordOfOurs(type)) {
      scanObject(node, type, path, unknown);
    }
  }

  private void scanObject(JsonNode node, JavaType type, String path, List<String> unknown) {
    Optional<Map<String, AnnotatedParameter>> known =
        keysByType.computeIfAbsent(type, this::keysOf);
    if (known.isEmpty()) {
      return; // its own deserializer owns its keys
    }
    Map<String, AnnotatedParameter> keys = known.get();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      AnnotatedParameter parameter = keys.get(field.getKey());
      String fieldPath = join(path, field.getKey());
      if (parameter == null) {
        unknown.add(fieldPath);
      } else if (!ownsItsKeys(parameter)) {
        scan(field.getValue(), parameter.getType(), fieldPath, unknown);
      }
    }
  }

  /**
   * A record's keys (its creator's parameters), or empty when a deserializer of its own reads it.
   */
  private Optional<Map<String, AnnotatedParameter>> keysOf(JavaType type) {
    BeanDescription bean = mapper.getDeserializationConfig().introspect(type);
    if (ownsItsKeys(bean.getClassInfo())) {
      return Optional.empty();
    }
    Map<String, AnnotatedParameter> keys = new HashMap<>();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (property.hasConstructorParameter()) {
        keys.put(property.getName(), property.getConstructorParameter());
      }
    }
    return Optional.of(Map.copyOf(keys));
  }

  private static boolean isRecordOfOurs(JavaType type) {
    return type.getRawClass().isRecord()
        && !type.getRawClass().getPackageName().startsWith("java.");
  }

  private static boolean ownsItsKeys(Annotated annotated) {
    JsonDeserialize custom = annotated.getAnnotation(JsonDeserialize.class);
    return custom != null && custom.using() != JsonDeserializer.None.class;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
