package dev.momosim.simulator.storage.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.momosim.simulator.state.StateJson;

/**
 * Domain records as the jsonb documents of the tables: the state document's encoding, so a record
 * read back equals the one written. Statements pass a document as text and cast it ({@code
 * $1::text::jsonb}: a Java string bound to a jsonb parameter would be stored as a JSON string) and
 * read it as text ({@code doc::text}). Thread-safe.
 */
final class PgJson {
  private static final ObjectMapper MAPPER = StateJson.recordMapper();

  private PgJson() {}

  static String write(Object record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a " + record.getClass().getSimpleName() + " always serialises", e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a stored " + type.getSimpleName() + " does not read back", e);
    }
  }
}
