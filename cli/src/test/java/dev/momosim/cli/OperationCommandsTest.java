package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code withdraw}, {@code deposit} and {@code refund} against a simulator. */
@MomoSimulatorTest
class OperationCommandsTest {
  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @Test
  void withdrawPrintsTheReferenceIdItWasGivenAndTheWithdrawalSucceeds(@SimulatorUrl String url) {
    String reference = UUID.randomUUID().toString();
    Cli.Result accepted =
        Cli.runExactly(
            "withdraw",
            "--base-url",
            url,
            "--payer",
            "256770000001",
            "--amount",
            "25",
            "--reference-id",
            reference);

    assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
    assertThat(accepted.out().trim()).isEqualTo(reference);

    Cli.Result waited =
        Cli.runExactly(
            "withdraw",
            "--base-url",
            url,
            "--version",
            "v1",
            "--payer",
            "256770000001",
            "--amount",
            "12.50",
            "--wait");
    assertThat(waited.exitCode()).as(waited.err()).isEqualTo(ExitCodes.OK);
    assertThat(waited.out())
        .matches(UUID_V4 + " SUCCESSFUL 12.5 EUR financialTransactionId=\\S+\\s*");
  }

  @Test
  void withdrawWithWaitExitsFiveWhenThePayerRejects(@SimulatorUrl String url) {
    SandboxNumbers.Payment payer =
        SandboxNumbers.read().payment(SandboxNumbers.Column.REQUEST_TO_PAY, "Rejected");

    Cli.Result rejected =
        Cli.runExactly(
            "withdraw",
            "--base-url",
            url,
            "--payer",
            payer.number(),
            "--amount",
            "10",
            "--wait",
            "--format",
            "json");

    assertThat(rejected.exitCode()).as(rejected.err()).isEqualTo(ExitCodes.TRANSACTION_FAILED);
    assertThat(rejected.json().getString("status")).isEqualTo("FAILED");
    assertThat(rejected.json().getString("reason")).isEqualTo("APPROVAL_REJECTED");
    assertThat(rejected.json().getJsonObject("party").getString("partyId"))
        .isEqualTo(payer.number());
  }

  @Test
  void aReusedReferenceIdIsAConflictAndExitsThree(@SimulatorUrl String url) {
    String reference = UUID.randomUUID().toString();
    String[] args = {
      "deposit",
      "--base-url",
      url,
      "--payee",
      "256770000002",
      "--amount",
      "5",
      "--reference-id",
      reference
    };
    assertThat(Cli.runExactly(args).out().trim()).isEqualTo(reference);

    Cli.Result again = Cli.runExactly(args);

    assertThat(again.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(again.err()).contains("409").contains("RESOURCE_ALREADY_EXIST");
  }

  @Test
  void depositLowersTheDisbursementBalanceByItsAmount(@SimulatorUrl String url) {
    Cli.Result deposited =
        Cli.runExactly(
            "deposit",
            "--base-url",
            url,
            "--version",
            "v1",
            "--payee",
            "256770000002",
            "--amount",
            "40",
            "--wait",
            "--format",
            "json");

    assertThat(deposited.exitCode()).as(deposited.err()).isEqualTo(ExitCodes.OK);
    assertThat(deposited.json().getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(deposited.json().getString("amount")).isEqualTo("40");
    Cli.Result balance =
        Cli.runExactly(
            "balance", "--base-url", url, "--product", "disbursement", "--format", "json");
    assertThat(balance.json())
        .isEqualTo(new JsonObject().put("availableBalance", "999960").put("currency", "EUR"));
  }

  @Test
  void aDepositThatRunsOutOfMoneyExitsFive(@SimulatorUrl String url) {
    Cli.Result failed =
        Cli.runExactly(
            "deposit",
            "--base-url",
            url,
            "--payee",
            "256770000002",
            "--amount",
            "2000000",
            "--wait");

    assertThat(failed.exitCode()).isEqualTo(ExitCodes.TRANSACTION_FAILED);
    assertThat(failed.out()).contains("FAILED NOT_ENOUGH_FUNDS");
  }

  @Test
  void refundPaysASuccessfulRequestToPayBackToItsPayer(@SimulatorUrl String url) {
    String paid = requestToPay(url, "25");

    Cli.Result refunded =
        Cli.runExactly(
            "refund",
            "--base-url",
            url,
            "--of",
            paid,
            "--amount",
            "10",
            "--wait",
            "--format",
            "json");

    assertThat(refunded.exitCode()).as(refunded.err()).isEqualTo(ExitCodes.OK);
    assertThat(refunded.json().getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(refunded.json().getString("amount")).isEqualTo("10");
    assertThat(refunded.json().getJsonObject("party").getString("partyId"))
        .isEqualTo("256770000001");
    Cli.Result v1 =
        Cli.runExactly(
            "refund", "--base-url", url, "--version", "v1", "--of", paid, "--amount", "15");
    assertThat(v1.exitCode()).as(v1.err()).isEqualTo(ExitCodes.OK);
    assertThat(v1.out().trim()).matches(UUID_V4);
  }

  @Test
  void refundingMoreThanWasPaidOrAnUnknownPaymentIsAnApiErrorAndExitsThree(
      @SimulatorUrl String url) {
    String paid = requestToPay(url, "25");

    Cli.Result tooMuch =
        Cli.runExactly("refund", "--base-url", url, "--of", paid, "--amount", "26");
    assertThat(tooMuch.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(tooMuch.err()).contains("409").contains("NOT_ALLOWED");

    Cli.Result unknown =
        Cli.runExactly(
            "refund", "--base-url", url, "--of", UUID.randomUUID().toString(), "--amount", "1");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(unknown.err()).contains("404");
  }

  @Test
  void statusReadsAWithdrawalADepositOrARefundNamedByOperation(@SimulatorUrl String url) {
    String paid = requestToPay(url, "25");
    String[][] created = {
      {"withdraw", "--payer", "256770000001"},
      {"deposit", "--payee", "256770000002"},
      {"refund", "--of", paid}
    };
    for (String[] create : created) {
      Cli.Result accepted =
          Cli.runExactly(create[0], "--base-url", url, create[1], create[2], "--amount", "3");
      assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
      String reference = accepted.out().trim();

      Cli.Result status =
          Cli.runExactly("status", "--base-url", url, "--operation", create[0], reference);

      assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
      assertThat(status.out()).as(create[0]).startsWith(reference + " SUCCESSFUL 3 EUR");
      assertThat(Cli.runExactly("status", "--base-url", url, reference).exitCode())
          .as("a " + create[0] + " is no request-to-pay")
          .isEqualTo(ExitCodes.API_ERROR);
    }
    Cli.Result unknownOperation =
        Cli.runExactly("status", "--base-url", url, "--operation", "transfers", paid);
    assertThat(unknownOperation.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownOperation.err()).contains("--operation");
  }

  @Test
  void badInputIsAUsageErrorBeforeAnythingIsSent(@SimulatorUrl String url) {
    Cli.Result notAReference =
        Cli.runExactly("refund", "--base-url", url, "--of", "42", "--amount", "1");
    assertThat(notAReference.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(notAReference.err()).contains("referenceIdToRefund");

    Cli.Result badVersion =
        Cli.runExactly(
            "deposit", "--base-url", url, "--version", "v3", "--payee", "1", "--amount", "1");
    assertThat(badVersion.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badVersion.err()).contains("v3");

    assertThat(Cli.runExactly("withdraw", "--base-url", url, "--amount", "1").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    Cli.Result badAmount =
        Cli.runExactly("withdraw", "--base-url", url, "--payer", "256770000001", "--amount", "-3");
    assertThat(badAmount.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badAmount.err()).contains("amount");
  }

  @Test
  void theVersionedCommandsTakeVersionAsTheOperationsVersionAndStillOfferHelp() {
    for (String command : new String[] {"withdraw", "deposit", "refund"}) {
      Cli.Result help = Cli.runExactly(command, "--help");

      assertThat(help.exitCode()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(help.out()).as(command).contains("--version=v1|v2", "--wait", "--reference-id");
    }
  }

  private static String requestToPay(String url, String amount) {
    Cli.Result paid =
        Cli.runExactly(
            "request-to-pay",
            "--base-url",
            url,
            "--payer",
            "256770000001",
            "--amount",
            amount,
            "--wait",
            "--format",
            "json");
    assertThat(paid.exitCode()).as(paid.err()).isEqualTo(ExitCodes.OK);
    return paid.json().getString("referenceId");
  }
}
