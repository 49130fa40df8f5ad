package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void padsEveryColumnToItsWidestCellAndShowsMissingValuesAsDashes() {
    StringWriter text = new StringWriter();

    new TextTable("A", "LONG HEADER", "C")
        .row("wide value", null, 3)
        .row("x", "y", "last")
        .print(new PrintWriter(text, true));

    assertThat(text.toString().lines())
        .containsExactly(
            "A           LONG HEADER  C",
            "wide value  -            3",
            "x           y            last");
  }
}
