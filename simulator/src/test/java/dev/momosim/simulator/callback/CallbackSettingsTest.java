package dev.momosim.simulator.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.CallbackMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallbackSettingsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void packagedDefaultsSendOnceByPutWithATwoSecondTimeout() {
    CallbackSettings settings =
        CallbackSettings.from(SimulatorConfig.defaults().section("callbacks"));

    assertThat(settings).isEqualTo(CallbackSettings.DEFAULTS);
    assertThat(settings.method()).isEqualTo(CallbackMethod.PUT);
    assertThat(settings.retries()).isZero();
    assertThat(settings.retryInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(2000));
    assertThat(settings.journalCapacity()).isEqualTo(1000);
  }

  @Test
  void aMissingSectionOrFieldTakesTheDefaults() {
    assertThat(CallbackSettings.from(MissingNode.getInstance()))
        .isEqualTo(CallbackSettings.DEFAULTS);
    assertThat(CallbackSettings.from(json("{\"retries\":3}")))
        .isEqualTo(
            new CallbackSettings(
                CallbackMethod.PUT, 3, Duration.ofSeconds(1), Duration.ofSeconds(2), 1000));
  }

  @Test
  void readsEveryField() {
    CallbackSettings settings =
        CallbackSettings.from(
            json(
                """
        {"method":"by-version","retries":20,"retryIntervalSeconds":0.5,"timeoutMillis":750,
         "journalCapacity":50}"""));

    assertThat(settings)
        .isEqualTo(
            new CallbackSettings(
                CallbackMethod.BY_VERSION, 20, Duration.ofMillis(500), Duration.ofMillis(750), 50));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"method\":\"PATCH\"}                | callbacks.method",
        "{\"method\":42}                       | callbacks.method",
        "{\"retries\":-1}                      | callbacks.retries",
        "{\"retries\":\"three\"}               | callbacks.retries",
        "{\"retries\":1.5}                     | callbacks.retries",
        "{\"retryIntervalSeconds\":-1}         | callbacks.retryIntervalSeconds",
        "{\"retryIntervalSeconds\":\"soon\"}   | callbacks.retryIntervalSeconds",
        "{\"timeoutMillis\":0}                 | callbacks.timeoutMillis",
        "{\"journalCapacity\":0}               | callbacks.journalCapacity",
        "[]                                    | callbacks"
      })
  void refusesABadFieldByName(String section, String field) {
    assertThatThrownBy(() -> CallbackSettings.from(json(section)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
