package dev.momosim.cli;

import static dev.momosim.cli.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code clock show|advance|set|freeze|resume}. */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"MANUAL\"}}")
class ClockCommandsTest {
  private Cli cli;

  @BeforeEach
  void setUp(@SimulatorUrl String baseUrl) {
    cli = new Cli(baseUrl);
  }

  @Test
  void showPrintsTheTimeAndWhetherTheClockRuns(SimulatorControl control) {
    Instant frozen = await(control.freezeClock());

    Cli.Result text = cli.run("clock", "show");
    Cli.Result json = cli.run("clock", "show", "--format", "json");

    assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(text.out().strip()).isEqualTo(frozen + " (frozen)");
    assertThat(json.json())
        .isEqualTo(new JsonObject().put("now", frozen.toString()).put("frozen", true));
  }

  @Test
  void advanceAcceptsSecondsUnitsAndIsoDurations(SimulatorControl control) {
    Instant start = await(control.freezeClock());

    assertThat(cli.run("clock", "advance", "90").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(cli.run("clock", "advance", "30s").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(cli.run("clock", "advance", "5m").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(cli.run("clock", "advance", "1h").exitCode()).isEqualTo(ExitCodes.OK);
    Cli.Result iso = cli.run("clock", "advance", "PT5M");

    Instant expected = start.plusSeconds(90 + 30 + 300 + 3600 + 300);
    assertThat(iso.out().strip()).isEqualTo("advanced PT5M to " + expected + " (frozen)");
    assertThat(await(control.now())).isEqualTo(expected);
  }

  @Test
  void advancePastTheApprovalWindowExpiresPendingPaymentsBeforeReturning(
      @SimulatorUrl String baseUrl) {
    SandboxCalls api = new SandboxCalls(baseUrl);
    String reference = api.requestToPay();

    Cli.Result result = cli.run("clock", "advance", "6m", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.json().getString("now")).isNotBlank();
    assertThat(api.status(reference).getString("reason")).isEqualTo("EXPIRED");
  }

  @Test
  void anUnreadableOrNegativeDurationIsAUsageError() {
    Cli.Result words = cli.run("clock", "advance", "soon");
    Cli.Result negative = cli.run("clock", "advance", "-PT5M");

    assertThat(words.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(words.err()).contains("'soon' is not a duration");
    assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void setFreezeAndResumeMoveTheClock(SimulatorControl control) {
    // Frozen first: a running clock could tick past the second between set and freeze.
    Cli.Result frozen = cli.run("clock", "freeze");
    Cli.Result set = cli.run("clock", "set", "2030-01-02T03:04:05Z");
    Cli.Result shown = cli.run("clock", "show");

    assertThat(frozen.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(frozen.out()).contains("(frozen)");
    assertThat(set.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(set.out()).contains("2030-01-02T03:04:05Z (frozen)");
    assertThat(shown.out()).contains("2030-01-02T03:04:05Z (frozen)");
    Cli.Result resumed = cli.run("clock", "resume", "--format", "json");
    assertThat(resumed.json().getBoolean("frozen")).isFalse();
    assertThat(await(control.clock()).frozen()).isFalse();
  }

  @Test
  void clockAloneIsAUsageErrorThatListsItsSubcommands() {
    Cli.Result result = Cli.runExactly("clock");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("advance", "show");
  }

  @Test
  void clockCommandsExitFourWhenNoSimulatorAnswers(Vertx vertx) {
    Cli nowhere = new Cli("http://127.0.0.1:" + SandboxCalls.closedPort(vertx));

    assertThat(nowhere.run("clock", "show").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(nowhere.run("clock", "advance", "5m").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
  }
}
