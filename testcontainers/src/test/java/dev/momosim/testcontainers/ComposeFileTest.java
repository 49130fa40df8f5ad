package dev.momosim.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * compose.yaml, read as Compose reads it (anchors and merge keys resolved): the standalone
 * simulator, and the shared profile of three instances on one PostgreSQL. CI starts only the
 * standalone one (the postgres image cannot be pulled there), so the shape of the rest is checked
 * here.
 */
class ComposeFileTest {
  private static final Path COMPOSE_FILE = Path.of("..", "compose.yaml");
  private static final List<String> SHARED_INSTANCES =
      List.of("momo-sim-1", "momo-sim-2", "momo-sim-3");

  private Map<String, Map<String, Object>> services;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void read() throws IOException {
    try (Reader reader = Files.newBufferedReader(COMPOSE_FILE)) {
      Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      services = (Map<String, Map<String, Object>>) compose.get("services");
    }
  }

  @Test
  void theStandaloneSimulatorHasNoProfileListensOnLoopback8080AndKeepsItsStateInData() {
    Map<String, Object> standalone = services.get("momo-sim");

    assertThat(standalone).doesNotContainKey("profiles").containsEntry("image", "momo-sim:latest");
    assertThat(standalone.get("ports")).isEqualTo(List.of("127.0.0.1:8080:8080"));
    assertThat(strings(standalone.get("volumes"))).anyMatch(volume -> volume.endsWith(":/data"));
    assertThat(environment(standalone)).containsEntry("MOMO_SIM_DATA_DIR", "/data");
  }

  @Test
  void theSharedProfileIsThreeInstancesOnLoopback8081To8083() {
    List<String> shared =
        services.entrySet().stream()
            .filter(service -> "momo-sim:latest".equals(service.getValue().get("image")))
            .filter(service -> strings(service.getValue().get("profiles")).contains("shared"))
            .map(Map.Entry::getKey)
            .sorted()
            .collect(Collectors.toList());
    assertThat(shared).isEqualTo(SHARED_INSTANCES);

    for (int i = 0; i < SHARED_INSTANCES.size(); i++) {
      assertThat(services.get(SHARED_INSTANCES.get(i)).get("ports"))
          .as(SHARED_INSTANCES.get(i))
          .isEqualTo(List.of("127.0.0.1:" + (8081 + i) + ":8080"));
    }
  }

  @Test
  void everySharedInstanceUsesThePostgresServiceOnceItIsHealthy() {
    Map<String, Object> postgres = services.get("postgres");
    assertThat(strings(postgres.get("profiles"))).containsExactly("shared");
    assertThat(postgres).containsKey("healthcheck");
    Map<String, String> database = environment(postgres);

    for (String instance : SHARED_INSTANCES) {
      Map<String, Object> service = services.get(instance);
      List<String> urls =
          strings(service.get("environment")).stream()
              .filter(variable -> variable.startsWith("MOMO_SIM_DATABASE_URL="))
              .collect(Collectors.toList());
      assertThat(urls).as(instance).hasSize(1);
      URI url = URI.create(urls.get(0).substring("MOMO_SIM_DATABASE_URL=".length()));
      assertThat(url.getScheme()).isEqualTo("postgresql");
      assertThat(url.getHost()).as(instance).isEqualTo("postgres");
      assertThat(url.getPort()).isEqualTo(5432);
      assertThat(url.getUserInfo())
          .isEqualTo(database.get("POSTGRES_USER") + ":" + database.get("POSTGRES_PASSWORD"));
      assertThat(url.getPath()).isEqualTo("/" + database.get("POSTGRES_DB"));
      assertThat(service.get("depends_on"))
          .as(instance)
          .isEqualTo(Map.of("postgres", Map.of("condition", "service_healthy")));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return list == null
        ? List.of()
        : ((List<Object>) list).stream().map(Objects::toString).collect(Collectors.toList());
  }

  /**
   * A service's environment, written as a map or as a list of NAME=VALUE (NAME alone: no value).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(Map<String, Object> service) {
    Object environment = service.get("environment");
    if (environment instanceof Map) {
      return ((Map<String, Object>) environment)
          .entrySet().stream()
              .collect(
                  Collectors.toMap(Map.Entry::getKey, entry -> Objects.toString(entry.getValue())));
    }
    return strings(environment).stream()
        .filter(variable -> variable.contains("="))
        .collect(
            Collectors.toMap(
                variable -> variable.substring(0, variable.indexOf('=')),
                variable -> variable.substring(variable.indexOf('=') + 1)));
  }
}
