package dev.momosim.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;

/** {@code control.adminToken}: absent by default, checked at construction, never shown. */
class ControlSettingsTest {
  @Test
  void hasNoTokenByDefault() {
    assertThat(SimulatorConfig.defaults().control().adminToken()).isNull();
  }

  @Test
  void refusesATokenShorterThanSixteenCharactersWithoutShowingIt() {
    assertThatThrownBy(
            () -> SimulatorConfig.fromJson("{\"control\":{\"adminToken\":\"secret-15-chars\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("control.adminToken must be at least 16 characters, was 15");
  }

  @Test
  void refusesACharacterACookieCannotCarry() {
    assertThatThrownBy(() -> SimulatorConfig.defaults().withAdminToken("0123456789abcdef;x"))
        .hasMessageContaining("control.adminToken may hold only printable ASCII")
        .hasMessageNotContaining("0123456789abcdef");
  }

  @Test
  void keepsAGoodTokenAndNeverShowsIt() {
    SimulatorConfig config = SimulatorConfig.defaults().withAdminToken("0123456789abcdef+/=");

    assertThat(config.control().adminToken()).isEqualTo("0123456789abcdef+/=");
    assertThat(config.control().toString()).doesNotContain("0123456789abcdef");
    assertThat(config.settings().toString()).doesNotContain("0123456789abcdef");
    assertThat(config.toJson()).doesNotContain("0123456789abcdef");
  }
}
