package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
  @ParameterizedTest
  @CsvSource({"12.50, 12.5", "6.0, 6", "100, 100", "1000000, 1000000", "0.00, 0", "0.010, 0.01"})
  void echoesAmountsWithoutTrailingZerosAsMtnDoes(String sent, String echoed) {
    assertThat(Amounts.toWire(new BigDecimal(sent))).isEqualTo(echoed);
  }
}
