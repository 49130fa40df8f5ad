package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The invoice and pre-approval commands while the payer has not decided (MANUAL mode). */
@MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"MANUAL\"}}")
class ManualOperationCommandsTest {
  private static final String PAYER = "256770000001";

  private Cli cli;

  @BeforeEach
  void setUp(@SimulatorUrl String baseUrl) {
    cli = new Cli(baseUrl);
  }

  @Test
  void invoiceCancelFailsAnUnpaidInvoiceAndPrintsIt(@SimulatorUrl String url) {
    String reference = createInvoice(url);

    Cli.Result cancelled =
        Cli.runExactly(
            "invoice",
            "cancel",
            "--base-url",
            url,
            reference,
            "--external-id",
            "order-9",
            "--format",
            "json");

    assertThat(cancelled.exitCode()).as(cancelled.err()).isEqualTo(ExitCodes.OK);
    assertThat(cancelled.json().getString("referenceId")).isEqualTo(reference);
    assertThat(cancelled.json().getString("status")).isEqualTo("FAILED");
    assertThat(cancelled.json().getString("reason")).isEqualTo("TRANSACTION_CANCELED");
  }

  @Test
  void waitingForAnUndecidedInvoiceEndsAtTheTimeoutWithExitThree(@SimulatorUrl String url) {
    Cli.Result waited =
        Cli.runExactly(
            "invoice",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--amount",
            "5",
            "--wait",
            "--timeout",
            "1s");

    assertThat(waited.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(waited.err()).contains("a final status of invoice").contains("PT1S");
  }

  @Test
  void anInvoiceIsApprovedFromTheCommandLineAsItsPayerWould(@SimulatorUrl String url) {
    String reference = createInvoice(url);
    assertThat(cli.run("approve", reference).exitCode()).isEqualTo(ExitCodes.OK);

    Cli.Result status = Cli.runExactly("invoice", "status", "--base-url", url, reference);
    assertThat(status.out()).startsWith(reference + " SUCCESSFUL 5 EUR");
  }

  @Test
  void aSecondPendingPreApprovalForThePayerIsRefusedWithExitThree(@SimulatorUrl String url) {
    String[] ask = {"preapproval", "create", "--base-url", url, "--payer", PAYER};
    Cli.Result first = Cli.runExactly(ask);
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    Cli.Result status =
        Cli.runExactly("preapproval", "status", "--base-url", url, first.out().trim());
    assertThat(status.out()).contains(" PENDING payer=" + PAYER);

    Cli.Result second = Cli.runExactly(ask);

    assertThat(second.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(second.err()).contains("409").contains("PREAPPROVAL_EXIST_PENDING");
  }

  @Test
  void aPendingWithdrawalIsApprovedFromTheCommandLine(@SimulatorUrl String url) {
    Cli.Result accepted =
        Cli.runExactly(
            "withdraw", "--base-url", url, "--payer", PAYER, "--amount", "7", "--format", "json");
    assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
    String reference = accepted.json().getString("referenceId");
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");

    Cli.Result approved = cli.run("approve", reference);

    assertThat(approved.exitCode()).as(approved.err()).isEqualTo(ExitCodes.OK);
    assertThat(approved.out().trim()).isEqualTo("approved " + reference + ": SUCCESSFUL");
  }

  private static String createInvoice(String url) {
    Cli.Result created =
        Cli.runExactly(
            "invoice",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--amount",
            "5",
            "--external-id",
            "order-9");
    assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
    return created.out().trim();
  }
}
