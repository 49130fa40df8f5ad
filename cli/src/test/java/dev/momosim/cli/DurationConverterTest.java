package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @ParameterizedTest
  @CsvSource({
    "90, PT1M30S",
    "90s, PT1M30S",
    "5m, PT5M",
    "1h, PT1H",
    "1h30m, PT1H30M",
    "250ms, PT0.25S",
    "2d, PT48H",
    "PT5M, PT5M",
    "pt90s, PT1M30S",
    "0, PT0S",
    " 5M , PT5M"
  })
  void readsWhatAPersonTypes(String typed, String expected) {
    assertThat(converter.convert(typed)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "5 minutes", "m5", "1.5h", "", "-5", "5x"})
  void refusesAnythingElseNamingTheValue(String typed) {
    assertThatThrownBy(() -> converter.convert(typed))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'" + typed + "'");
  }

  @Test
  void refusesToMoveTheClockBackwards() {
    assertThatThrownBy(() -> converter.convert("-PT5M"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("negative");
  }
}
