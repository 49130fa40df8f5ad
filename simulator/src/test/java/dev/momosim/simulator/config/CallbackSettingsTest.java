package dev.momosim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.CallbackMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallbackSettingsTest {
  @Test
  void packagedDefaultsSendOnceByPutWithATwoSecondTimeout() {
    CallbackSettings settings = SimulatorConfig.defaults().callbacks();

    assertThat(settings.method()).isEqualTo(CallbackMethod.PUT);
    assertThat(settings.retries()).isZero();
    assertThat(settings.retryInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(2000));
    assertThat(settings.journalCapacity()).isEqualTo(1000);
    assertThat(settings.queueCapacity()).isEqualTo(10_000);
    assertThat(settings.connections()).isEqualTo(32);
  }

  @Test
  void aFieldNotGivenKeepsItsDefault() {
    CallbackSettings defaults = SimulatorConfig.defaults().callbacks();

    assertThat(callbacks("{\"retries\":3}"))
        .isEqualTo(
            new CallbackSettings(
                defaults.method(),
                3,
                defaults.retryInterval(),
                defaults.timeout(),
                defaults.journalCapacity(),
                defaults.queueCapacity(),
                defaults.connections()));
  }

  @Test
  void readsEveryField() {
    CallbackSettings settings =
        callbacks(
            """
        {"method":"by-version","retries":20,"retryIntervalSeconds":0.5,"timeoutMillis":750,
         "journalCapacity":50,"queueCapacity":5,"connections":1}""");

    assertThat(settings)
        .isEqualTo(
            new CallbackSettings(
                CallbackMethod.BY_VERSION,
                20,
                Duration.ofMillis(500),
                Duration.ofMillis(750),
                50,
                5,
                1));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"method\":\"PATCH\"}                | callbacks.method",
        "{\"method\":42}                       | callbacks.method",
        "{\"method\":null}                     | callbacks.method",
        "{\"retries\":-1}                      | callbacks.retries",
        "{\"retries\":\"three\"}               | callbacks.retries",
        "{\"retries\":1.5}                     | callbacks.retries",
        "{\"retries\":null}                    | callbacks.retries",
        "{\"retryIntervalSeconds\":-1}         | callbacks.retryIntervalSeconds",
        "{\"retryIntervalSeconds\":\"soon\"}   | callbacks.retryIntervalSeconds",
        "{\"timeoutMillis\":0}                 | callbacks.timeoutMillis",
        "{\"journalCapacity\":0}               | callbacks.journalCapacity",
        "{\"queueCapacity\":0}                 | callbacks.queueCapacity",
        "{\"queueCapacity\":\"many\"}          | callbacks.queueCapacity",
        "{\"connections\":0}                   | callbacks.connections",
        "{\"connections\":-4}                  | callbacks.connections",
        "{\"retrys\":2}                        | unknown configuration key: callbacks.retrys",
        "{\"timeout\":2}                       | unknown configuration key: callbacks.timeout",
        "[]                                    | callbacks",
        "null                                  | callbacks"
      })
  void refusesABadFieldByName(String section, String field) {
    assertThatThrownBy(() -> callbacks(section))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }

  @Test
  void refusesAnUnusableValueWhenBuiltInCodeToo() {
    assertThatThrownBy(
            () ->
                new CallbackSettings(
                    CallbackMethod.PUT, -1, Duration.ZERO, Duration.ofSeconds(1), 1, 1, 1))
        .hasMessage("callbacks.retries must not be negative, was -1");
  }

  private static CallbackSettings callbacks(String section) {
    return SimulatorConfig.fromJson("{\"callbacks\": " + section + "}").callbacks();
  }
}
