package dev.momosim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.SimulatorConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitSettingsTest {
  @Test
  void theDefaultsAreThoseDocumented() {
    LimitSettings limits = SimulatorConfig.defaults().settings().limits();

    assertThat(limits.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(limits.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(limits.bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.maxConnections()).isEqualTo(10_000);
    assertThat(limits.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void zeroSwitchesTheTimeoutsOffAndAllowsAnImmediateShutdown() {
    LimitSettings limits =
        SimulatorConfig.fromJson(
                """
                {"limits": {"idleTimeoutSeconds": 0, "headerTimeoutMillis": 0,
                            "bodyTimeoutMillis": 0, "shutdownGraceSeconds": 0}}""")
            .settings()
            .limits();

    assertThat(limits.idleTimeout()).isZero();
    assertThat(limits.headerTimeout()).isZero();
    assertThat(limits.bodyTimeout()).isZero();
    assertThat(limits.shutdownGrace()).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"limits\": {\"idleTimeoutSeconds\": -1}}   | limits.idleTimeoutSeconds must be at least 0, was -1",
        "{\"limits\": {\"headerTimeoutMillis\": -1}}  | limits.headerTimeoutMillis must be at least 0, was -1",
        "{\"limits\": {\"bodyTimeoutMillis\": -5}}    | limits.bodyTimeoutMillis must be at least 0, was -5",
        "{\"limits\": {\"maxConnections\": 0}}        | limits.maxConnections must be at least 1, was 0",
        "{\"limits\": {\"shutdownGraceSeconds\": -1}} | limits.shutdownGraceSeconds must be at least 0, was -1",
        "{\"limits\": {\"maxConection\": 5}}          | unknown configuration key: limits.maxConection"
      })
  void refusesABadLimitNamingItsKey(String json, String message) {
    assertThatThrownBy(() -> SimulatorConfig.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
