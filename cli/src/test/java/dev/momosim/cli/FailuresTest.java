package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.simulator.control.ControlException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Every failure becomes one line on standard error and the house exit code. */
class FailuresTest {
  private final StringWriter err = new StringWriter();

  @Test
  void aUsageExceptionExitsTwoWithItsMessage() {
    assertThat(report(new UsageException("--amount must be positive"))).isEqualTo(ExitCodes.USAGE);
    assertThat(err).hasToString(line("momo-sim: --amount must be positive"));
  }

  @Test
  void anyOtherIllegalArgumentExceptionIsABugThatExitsOneSayingWhere() {
    assertThat(report(new IllegalArgumentException("row has 3 cells, not 4")))
        .isEqualTo(ExitCodes.SOFTWARE);
    assertThat(err.toString())
        .startsWith(
            "momo-sim: unexpected failure, please report it: "
                + "java.lang.IllegalArgumentException: row has 3 cells, not 4 at "
                + FailuresTest.class.getName())
        .hasLineCount(1);
  }

  @Test
  void anApiRefusalExitsThreeWithStatusCodeAndMessage() {
    assertThat(report(new MomoApiException(409, "RESOURCE_ALREADY_EXIST", "Duplicated.", "ref")))
        .isEqualTo(ExitCodes.API_ERROR);
    assertThat(err).hasToString(line("momo-sim: 409 RESOURCE_ALREADY_EXIST: Duplicated."));
  }

  @Test
  void noAnswerExitsFour() {
    assertThat(report(new MomoTransportException("connection refused", "ref", null)))
        .isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(report(new TimeoutException("no answer from x within 40 s")))
        .isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(err.toString().lines()).hasSize(2);
  }

  @Test
  void aControlRefusalExitsThreeAndAnUnreachableSimulatorFourInOneLine() {
    assertThat(report(new ControlException(404, "RESOURCE_NOT_FOUND", "No such transaction.")))
        .isEqualTo(ExitCodes.API_ERROR);
    assertThat(report(new ControlException(0, "UNREACHABLE", "cannot reach the simulator")))
        .isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(err.toString().lines())
        .containsExactly(
            "momo-sim: 404 RESOURCE_NOT_FOUND: No such transaction.",
            "momo-sim: cannot reach the simulator. Is `momo-sim serve` running there? "
                + "Point --sim-url or MOMO_SIM_URL at it.");
  }

  @Test
  void aFailureWhileDoingSomethingSaysWhat() {
    assertThat(
            Failures.report(
                new PrintWriter(err), "cannot start", new java.net.BindException("in use")))
        .isEqualTo(ExitCodes.SOFTWARE);
    assertThat(err).hasToString(line("momo-sim: cannot start: in use"));
  }

  private int report(Throwable failure) {
    return Failures.report(new PrintWriter(err), failure);
  }

  private static String line(String text) {
    return text + System.lineSeparator();
  }
}
