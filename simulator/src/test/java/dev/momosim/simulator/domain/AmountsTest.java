package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
  @ParameterizedTest
  @CsvSource({"12.50, 12.5", "6.0, 6", "100, 100", "1000000, 1000000", "0.00, 0", "0.010, 0.01"})
  void echoesAmountsWithoutTrailingZerosAsMtnDoes(String sent, String echoed) {
    assertThat(Amounts.toWire(new BigDecimal(sent))).isEqualTo(echoed);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "12.50, 12.50",
    " 7 , 7",
    "999999999999999.999999, 999999999999999.999999",
    "1.500000000, 1.500000000"
  })
  void readsAPlainDecimalAmount(String text, String expected) {
    assertThat(Amounts.parse("balance", text)).isEqualByComparingTo(expected);
  }

  @Test
  void readsAJsonNumberAsTheDecimalItWasWrittenAs() {
    assertThat(Amounts.parse("balance", 1000)).isEqualByComparingTo("1000");
    assertThat(Amounts.parse("balance", 12.5)).isEqualByComparingTo("12.5");
    assertThat(Amounts.parse("balance", 12345678.5)).isEqualByComparingTo("12345678.5");
    assertThat(Amounts.parse("balance", 25000000.50)).isEqualByComparingTo("25000000.5");
    assertThat(Amounts.parse("balance", new BigDecimal("12345678.50")))
        .isEqualByComparingTo("12345678.5");
  }

  @Test
  void refusesAJsonNumberThatIsTooLargeOrNotFinite() {
    for (Object number : new Object[] {1e300, Double.POSITIVE_INFINITY, Double.NaN, -1.5, 1e16}) {
      assertThatThrownBy(() -> Amounts.parse("balance", number))
          .as("%s", number)
          .isInstanceOf(MomoException.class)
          .hasMessageContaining("balance");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e1000000",
        "1E+20",
        "1.5e3",
        "1000000000000000",
        "0.0000001",
        "-5",
        "+5",
        "12,5",
        ".5",
        "5.",
        "1.2.3",
        "1..2",
        "\u0661\u0662",
        "",
        "lots",
        "Infinity",
        "NaN",
        "0x10"
      })
  void refusesAnAmountThatIsNotPlainOrIsTooLargeOrTooPreciseNamingTheField(String text) {
    assertThatThrownBy(() -> Amounts.parse("ledger.wallets.1", text))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("ledger.wallets.1")
        .hasMessageContaining("no exponent");
  }

  @Test
  void refusesAMissingAmount() {
    assertThatThrownBy(() -> Amounts.parse("amount", null)).hasMessageContaining("amount");
  }

  @Test
  void echoesOnlyTheStartOfALongRefusedValue() {
    assertThatThrownBy(() -> Amounts.parse("balance", "9".repeat(10_000)))
        .hasMessageEndingWith("was: " + "9".repeat(40) + "...");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e1000000", "1e-1000000", "1e15", "-0.01", "0.0000001"})
  void refusesAnAmountGivenByCodeThatCannotBeUsedWithoutPrintingIt(String value) {
    BigDecimal amount = new BigDecimal(value);
    assertThatThrownBy(() -> Amounts.check("balance", amount))
        .isInstanceOf(MomoException.class)
        .hasMessageContaining("balance");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e14", "0.000001", "1.0000000000", "999999999999999.999999"})
  void acceptsAnAmountGivenByCodeWithinTheLimits(String value) {
    assertThat(Amounts.check("balance", new BigDecimal(value))).isEqualByComparingTo(value);
  }
}
