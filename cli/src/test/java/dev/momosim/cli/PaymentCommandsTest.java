package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The client-based commands (provision, request-to-pay, transfer, status, balance) against a
 * simulator.
 */
@MomoSimulatorTest
class PaymentCommandsTest {
  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @Test
  void requestToPayPrintsTheReferenceIdOfTheAcceptedPayment(@SimulatorUrl String url) {
    Cli.Result paid =
        Cli.runExactly(
            "request-to-pay", "--base-url", url, "--payer", "256770000001", "--amount", "25");

    assertThat(paid.exitCode()).as(paid.err()).isEqualTo(ExitCodes.OK);
    String reference = paid.out().trim();
    assertThat(reference).matches(UUID_V4);
    Cli.Result status =
        Cli.runExactly("status", "--base-url", url, "--product", "collection", reference);
    assertThat(status.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(status.out()).startsWith(reference + " SUCCESSFUL 25 EUR financialTransactionId=");
  }

  @Test
  void requestToPayWithWaitExitsFiveWhenThePaymentFails(@SimulatorUrl String url) {
    SandboxNumbers.Payment payer =
        SandboxNumbers.read().payment(SandboxNumbers.Column.REQUEST_TO_PAY, "Rejected");
    Cli.Result rejected =
        Cli.runExactly(
            "request-to-pay",
            "--base-url",
            url,
            "--payer",
            payer.number(),
            "--amount",
            "10",
            "--wait",
            "--format",
            "json");

    assertThat(rejected.exitCode()).isEqualTo(ExitCodes.TRANSACTION_FAILED);
    assertThat(rejected.json().getString("status")).isEqualTo(payer.outcome().status());
    assertThat(rejected.json().getString("reason")).isEqualTo(payer.outcome().reason());
  }

  @Test
  void aReusedReferenceIdIsAConflictAndExitsThree(@SimulatorUrl String url) {
    String reference = UUID.randomUUID().toString();
    String[] args = {
      "request-to-pay",
      "--base-url",
      url,
      "--payer",
      "256770000001",
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
  void transferPaysFromTheChosenProductsAccount(@SimulatorUrl String url) {
    Cli.Result paid =
        Cli.runExactly(
            "transfer",
            "--base-url",
            url,
            "--product",
            "remittance",
            "--payee",
            "256770000002",
            "--amount",
            "40",
            "--wait");

    assertThat(paid.exitCode()).as(paid.err()).isEqualTo(ExitCodes.OK);
    assertThat(paid.out()).contains("SUCCESSFUL 40 EUR");
    Cli.Result balance =
        Cli.runExactly("balance", "--base-url", url, "--product", "remittance", "--format", "json");
    assertThat(balance.json())
        .isEqualTo(new JsonObject().put("availableBalance", "999960").put("currency", "EUR"));
  }

  @Test
  void aTransferThatRunsOutOfMoneyExitsFive(@SimulatorUrl String url) {
    Cli.Result failed =
        Cli.runExactly(
            "transfer",
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
  void badInputIsAUsageErrorBeforeAnythingIsSent(@SimulatorUrl String url) {
    assertThat(
            Cli.runExactly(
                    "transfer",
                    "--base-url",
                    url,
                    "--product",
                    "collection",
                    "--payee",
                    "1",
                    "--amount",
                    "1")
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    Cli.Result badAmount =
        Cli.runExactly(
            "request-to-pay", "--base-url", url, "--payer", "256770000001", "--amount", "-3");
    assertThat(badAmount.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badAmount.err()).contains("amount");
    assertThat(Cli.runExactly("request-to-pay", "--base-url", url, "--amount", "1").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anUnknownPaymentExitsThree(@SimulatorUrl String url) {
    Cli.Result unknown = Cli.runExactly("status", "--base-url", url, UUID.randomUUID().toString());
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(unknown.err()).contains("404");
  }

  @Test
  void provisionPrintsExportsThatAShellEvalPassesToTheOtherCommands(
      @SimulatorUrl String url, SandboxCredentials credentials)
      throws IOException, InterruptedException {
    Cli.Result provisioned =
        Cli.runExactly(
            "provision",
            "--product",
            "disbursement",
            "--base-url",
            url,
            "--subscription-key",
            credentials.disbursement().subscriptionKey(),
            "--callback-host",
            "shop.example.com",
            "--format",
            "env");

    assertThat(provisioned.exitCode()).as(provisioned.err()).isEqualTo(ExitCodes.OK);
    Map<String, String> env = exportedBy(provisioned.out());
    assertThat(env)
        .containsOnlyKeys(
            "MOMO_DISBURSEMENT_SUBSCRIPTION_KEY",
            "MOMO_DISBURSEMENT_API_USER",
            "MOMO_DISBURSEMENT_API_KEY");
    assertThat(env.get("MOMO_DISBURSEMENT_API_KEY")).matches("[0-9a-f]{32}");

    Cli.Result paid =
        Cli.runExactly(
            "transfer",
            "--base-url",
            url,
            "--payee",
            "256770000003",
            "--amount",
            "1",
            "--api-user",
            env.get("MOMO_DISBURSEMENT_API_USER"),
            "--api-key",
            env.get("MOMO_DISBURSEMENT_API_KEY"),
            "--subscription-key",
            env.get("MOMO_DISBURSEMENT_SUBSCRIPTION_KEY"),
            "--wait");
    assertThat(paid.exitCode()).as(paid.err()).isEqualTo(ExitCodes.OK);
  }

  /**
   * What {@code eval "$(...)"} in bash leaves in the environment of the programs it then starts.
   */
  private static Map<String, String> exportedBy(String shellLines)
      throws IOException, InterruptedException {
    Process bash =
        new ProcessBuilder("bash", "-c", "eval \"$1\" && env", "bash", shellLines)
            .redirectErrorStream(true)
            .start();
    String output =
        new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as(output).isZero();
    Map<String, String> env = new LinkedHashMap<>();
    output
        .lines()
        .filter(line -> line.startsWith("MOMO_DISBURSEMENT_"))
        .forEach(
            line ->
                env.put(
                    line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    return env;
  }

  @Test
  void provisionOffersOnlyTheOptionsItUses() {
    Cli.Result help = Cli.runExactly("provision", "--help");

    assertThat(help.out())
        .contains("--callback-host", "--subscription-key", "--base-url", "--format")
        .doesNotContain("--api-user")
        .doesNotContain("--api-key");
  }

  @Test
  void provisionRefusesAnUnknownProductOrAnAddressThatIsNoUrlInOneLine() {
    for (String[] args :
        new String[][] {
          {"provision", "--product", "savings", "--callback-host", "x.example.com"},
          {"provision", "--base-url", "not-a-url", "--callback-host", "x.example.com"}
        }) {
      Cli.Result refused = Cli.runExactly(args);

      assertThat(refused.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(refused.err().lines().toList())
          .as(String.join(" ", args))
          .hasSize(1)
          .first()
          .asString()
          .startsWith("momo-sim: ");
    }
  }

  @Test
  void provisionNeverExitsZeroWhenItFails(@SimulatorUrl String url) throws IOException {
    Cli.Result refused =
        Cli.runExactly(
            "provision",
            "--base-url",
            url,
            "--subscription-key",
            "ffffffffffffffffffffffffffffffff",
            "--callback-host",
            "x.example.com");
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(refused.err()).startsWith("momo-sim: 401: Access denied").doesNotContain("null");

    Cli.Result unreachable =
        Cli.runExactly(
            "provision",
            "--base-url",
            "http://127.0.0.1:" + closedPort(),
            "--callback-host",
            "x.example.com");
    assertThat(unreachable.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
  }

  @Test
  void anUnreachableApiExitsFour() throws IOException {
    Cli.Result result = Cli.runExactly("balance", "--base-url", "http://127.0.0.1:" + closedPort());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
