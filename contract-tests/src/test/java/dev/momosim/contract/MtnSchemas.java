package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.product.Product;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MTN's own OpenAPI 3.0.1 definitions ({@code docs/spec/TJMusiitwa-*.json}, see {@code SOURCES.md})
 * as validators of the bodies a target answers. Each spec file is read on first use and kept, so a
 * test class that holds one instance loads each file once.
 *
 * <p>Read literally, MTN's component schemas accept {@code {}} and any renamed field: they mark no
 * property required and leave {@code additionalProperties} open. So every component schema that
 * lists its properties is closed here ({@code additionalProperties: false}): a field MTN does not
 * publish is a violation. Missing fields are the observation fixtures' concern ({@link
 * ObservationFixtureTest}). OpenAPI 3.0 schemas are validated as JSON Schema draft 4, the draft
 * they extend. Thread-safe.
 */
final class MtnSchemas {

  /** The provisioning API's spec file (no product prefix). */
  static final String PROVISIONING = "sandbox-provisioning-api";

  /** Relative to the contract-tests module, where Surefire runs. */
  private static final Path SPEC_DIR = Path.of("..", "docs", "spec");

  /**
   * One way the body breaks the schema: where (a JSON pointer such as {@code #/reason}) and what.
   */
  record Violation(String at, String error) {

    @Override
    public String toString() {
      return at + ": " + error;
    }
  }

  private final Map<String, SchemaRepository> specs = new ConcurrentHashMap<>();

  /**
   * How {@code answer} breaks {@code schema} of {@code spec}; empty when it conforms. Fails the
   * test first unless the answer has {@code status} and a JSON object body.
   */
  List<Violation> violations(String spec, String schema, RawResponse answer, int status) {
    assertThat(answer.status()).as("status code, body %s", answer.body()).isEqualTo(status);
    assertThat(answer.json()).as("JSON object body, got '%s'", answer.body()).isNotNull();
    return violations(spec, schema, answer.json());
  }

  /** {@link #violations(String, String, RawResponse, int)} for {@code product}'s spec. */
  List<Violation> violations(Product product, String schema, RawResponse answer, int status) {
    return violations(spec(product), schema, answer, status);
  }

  /** How {@code body} breaks {@code schema} of {@code product}'s spec; empty when it conforms. */
  List<Violation> violations(Product product, String schema, JsonObject body) {
    return violations(spec(product), schema, body);
  }

  /** How {@code body} breaks {@code schema} of the spec file {@code TJMusiitwa-{spec}.json}. */
  List<Violation> violations(String spec, String schema, JsonObject body) {
    OutputUnit result =
        specs
            .computeIfAbsent(spec, MtnSchemas::load)
            .validator(spec + ".json#/components/schemas/" + schema)
            .validate(body);
    if (Boolean.TRUE.equals(result.getValid())) {
      return List.of();
    }
    return result.getErrors().stream()
        .map(unit -> new Violation(unit.getInstanceLocation(), unit.getError()))
        .toList();
  }

  private static String spec(Product product) {
    return product.name().toLowerCase(Locale.ROOT);
  }

  private static SchemaRepository load(String spec) {
    Path file = SPEC_DIR.resolve("TJMusiitwa-" + spec + ".json");
    JsonObject document;
    try {
      document = new JsonObject(Files.readString(file));
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot read MTN's spec " + file.toAbsolutePath(), failed);
    }
    document
        .getJsonObject("components")
        .getJsonObject("schemas")
        .forEach(
            entry -> {
              JsonObject schema = (JsonObject) entry.getValue();
              if (schema.containsKey("properties") && !schema.containsKey("additionalProperties")) {
                schema.put("additionalProperties", false);
              }
            });
    SchemaRepository repository =
        SchemaRepository.create(
            new JsonSchemaOptions()
                .setDraft(Draft.DRAFT4)
                .setBaseUri(SPEC_DIR.toAbsolutePath().normalize().toUri().toString())
                .setOutputFormat(OutputFormat.Basic));
    return repository.dereference(spec + ".json", JsonSchema.of(document));
  }
}
