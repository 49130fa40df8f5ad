package dev.momosim.simulator.binding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a value of a Java type looks like in JSON, for "must be ..." messages. */
final class Expected {
  private Expected() {}

  static String of(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class
        || type == BigDecimal.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type.isEnum()) {
      return choices(type);
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    return Map.class.isAssignableFrom(type) || !type.isPrimitive()
        ? "a JSON object"
        : "of another type";
  }

  /** The JSON names of an enum's constants: "AUTO or MANUAL", "product or any-product". */
  private static String choices(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty renamed = type.getField(name).getAnnotation(JsonProperty.class);
        names.add(renamed != null ? renamed.value() : name);
      } catch (NoSuchFieldException e) {
        names.add(name);
      }
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }
}
