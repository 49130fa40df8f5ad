package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code approve}, {@code reject} and {@code expire} against a simulator in MANUAL mode. */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"MANUAL\"}}")
class DecisionCommandsTest {
  private static final String UNKNOWN = "7c9a3f0e-0000-4000-8000-00000000dead";

  private Cli cli;
  private SandboxCalls api;

  @BeforeEach
  void setUp(@SimulatorUrl String baseUrl) {
    cli = new Cli(baseUrl);
    api = new SandboxCalls(baseUrl);
  }

  @Test
  void approvePrintsTheOutcomeAndThePaymentSucceeds() {
    String reference = api.requestToPay();

    Cli.Result result = cli.run("approve", reference);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo("approved " + reference + ": SUCCESSFUL" + System.lineSeparator());
    assertThat(result.err()).isEmpty();
    assertThat(api.status(reference).getString("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void approvePrintsTheTransactionAsJson() {
    String reference = api.requestToPay();

    JsonObject json = cli.run("approve", reference, "--format", "json").json();

    assertThat(json.getString("referenceId")).isEqualTo(reference);
    assertThat(json.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(json.getString("product")).isEqualTo("collection");
  }

  @Test
  void approveExitsFiveWhenThePayerCannotPay(SimulatorControl control) {
    String reference = api.requestToPay();
    SandboxCalls.await(control.setBalance("MSISDN:256770000001", BigDecimal.ZERO));

    Cli.Result result = cli.run("approve", reference);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.TRANSACTION_FAILED);
    assertThat(result.out()).contains("FAILED NOT_ENOUGH_FUNDS");
  }

  @Test
  void approvingAFinalTransactionExitsThreeWithTheConflict() {
    String reference = api.requestToPay();
    cli.run("approve", reference);

    Cli.Result again = cli.run("approve", reference);

    assertThat(again.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).startsWith("momo-sim: 409 ");
  }

  @Test
  void decidingAnUnknownReferenceExitsThreeWithNotFound() {
    for (String command : new String[] {"approve", "reject", "expire"}) {
      Cli.Result result = cli.run(command, UNKNOWN);

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.API_ERROR);
      assertThat(result.err()).as(command).startsWith("momo-sim: 404 ");
    }
  }

  @Test
  void rejectFailsThePaymentWithApprovalRejected() {
    String reference = api.requestToPay();

    Cli.Result result = cli.run("reject", reference);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo("rejected " + reference + ": FAILED APPROVAL_REJECTED" + System.lineSeparator());
    assertThat(api.status(reference).getString("reason")).isEqualTo("APPROVAL_REJECTED");
  }

  @Test
  void rejectUsesTheGivenReasonAndPrintsJson() {
    String reference = api.requestToPay();

    Cli.Result result =
        cli.run("reject", reference, "--reason", "PAYER_LIMIT_REACHED", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.json().getString("reason")).isEqualTo("PAYER_LIMIT_REACHED");
    assertThat(api.status(reference).getString("reason")).isEqualTo("PAYER_LIMIT_REACHED");
  }

  @Test
  void expireFailsThePaymentWithExpired() {
    String reference = api.requestToPay();

    Cli.Result text = cli.run("expire", reference);

    assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(text.out())
        .isEqualTo("expired " + reference + ": FAILED EXPIRED" + System.lineSeparator());
    Cli.Result json = cli.run("expire", api.requestToPay(), "--format", "JSON");
    assertThat(json.json().getString("reason")).isEqualTo("EXPIRED");
  }

  @Test
  void decisionsExitFourWhenNoSimulatorAnswers(Vertx vertx) {
    Cli nowhere = new Cli("http://127.0.0.1:" + SandboxCalls.closedPort(vertx));

    for (String command : new String[] {"approve", "reject", "expire"}) {
      Cli.Result result = nowhere.run(command, UNKNOWN);

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(result.err())
          .as(command)
          .contains("cannot reach the simulator at http://127.0.0.1:");
      assertThat(result.out()).as(command).isEmpty();
    }
  }

  @Test
  void aMissingReferenceIsAUsageError() {
    Cli.Result result = cli.run("approve");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("REF");
  }
}
