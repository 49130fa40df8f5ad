package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code invoice create|status|cancel} and {@code preapproval create|status|list|cancel} against a
 * simulator that decides at once (the default).
 */
@MomoSimulatorTest
class InvoiceAndPreApprovalCommandsTest {
  private static final String PAYER = "256770000001";

  @Test
  void invoiceCreatePrintsTheReferenceIdAndStatusShowsThePaidInvoice(@SimulatorUrl String url) {
    String reference = UUID.randomUUID().toString();
    Cli.Result created =
        Cli.runExactly(
            "invoice",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--amount",
            "30",
            "--external-id",
            "order-7",
            "--description",
            "Order 7",
            "--reference-id",
            reference);
    assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
    assertThat(created.out().trim()).isEqualTo(reference);

    Cli.Result status = Cli.runExactly("invoice", "status", "--base-url", url, reference);
    assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
    assertThat(status.out()).startsWith(reference + " SUCCESSFUL 30 EUR invoiceId=");

    JsonObject json =
        Cli.runExactly("invoice", "status", "--base-url", url, reference, "--format", "json")
            .json();
    assertThat(json.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(json.getString("externalId")).isEqualTo("order-7");
    assertThat(json.getString("description")).isEqualTo("Order 7");
    assertThat(json.getJsonObject("intendedPayer"))
        .isEqualTo(new JsonObject().put("partyIdType", "MSISDN").put("partyId", PAYER));
  }

  @Test
  void invoiceCreateWithWaitPrintsTheFinalInvoiceAndExitsFiveWhenItFails(@SimulatorUrl String url) {
    Cli.Result paid =
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
            "--format",
            "json");
    assertThat(paid.exitCode()).as(paid.err()).isEqualTo(ExitCodes.OK);
    assertThat(paid.json().getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(paid.json().getString("expiryDateTime")).isNotBlank();

    Cli.Result unpaid =
        Cli.runExactly(
            "invoice",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--amount",
            "2000000",
            "--wait");
    assertThat(unpaid.exitCode()).as(unpaid.err()).isEqualTo(ExitCodes.TRANSACTION_FAILED);
    assertThat(unpaid.out()).contains(" FAILED NOT_ENOUGH_FUNDS 2000000 EUR");
  }

  @Test
  void cancellingAPaidInvoiceOrReadingAnUnknownOneIsAnApiErrorAndExitsThree(
      @SimulatorUrl String url) {
    String reference =
        Cli.runExactly("invoice", "create", "--base-url", url, "--payer", PAYER, "--amount", "5")
            .out()
            .trim();

    Cli.Result cancelled = Cli.runExactly("invoice", "cancel", "--base-url", url, reference);
    assertThat(cancelled.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(cancelled.err()).contains("409");

    Cli.Result unknown =
        Cli.runExactly("invoice", "status", "--base-url", url, UUID.randomUUID().toString());
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(unknown.err()).contains("404");
  }

  @Test
  void badInvoiceInputIsAUsageError(@SimulatorUrl String url) {
    Cli.Result noValidity =
        Cli.runExactly(
            "invoice",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--amount",
            "5",
            "--validity",
            "0");
    assertThat(noValidity.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noValidity.err()).contains("validityDuration");

    assertThat(Cli.runExactly("invoice", "create", "--base-url", url, "--amount", "5").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    Cli.Result alone = Cli.runExactly("invoice");
    assertThat(alone.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(alone.err()).contains("create, status or cancel");
  }

  @Test
  void anApprovedPreApprovalIsListedForThePayerUntilItIsCancelled(@SimulatorUrl String url) {
    Cli.Result created =
        Cli.runExactly(
            "preapproval",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--payer-message",
            "Monthly box",
            "--validity",
            "30d",
            "--wait");
    assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
    assertThat(created.out()).contains(" SUCCESSFUL payer=" + PAYER + " EUR expires=");

    Cli.Result listed =
        Cli.runExactly("preapproval", "list", "--base-url", url, PAYER, "--format", "json");
    assertThat(listed.exitCode()).as(listed.err()).isEqualTo(ExitCodes.OK);
    JsonArray preApprovals = new JsonArray(listed.out());
    assertThat(preApprovals).hasSize(1);
    JsonObject approved = preApprovals.getJsonObject(0);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    assertThat(approved.getString("fromCurrency")).isEqualTo("EUR");
    String id = approved.getString("preApprovalId");
    assertThat(Cli.runExactly("preapproval", "list", "--base-url", url, PAYER).lines())
        .hasSize(2)
        .satisfies(
            lines -> {
              assertThat(lines.get(0))
                  .matches("PREAPPROVAL_ID +STATUS +CURRENCY +APPROVED +EXPIRES");
              assertThat(lines.get(1)).startsWith(id + "  APPROVED  EUR");
            });

    Cli.Result cancelled = Cli.runExactly("preapproval", "cancel", "--base-url", url, id);
    assertThat(cancelled.exitCode()).as(cancelled.err()).isEqualTo(ExitCodes.OK);
    assertThat(cancelled.out().trim()).isEqualTo("cancelled " + id);
    assertThat(Cli.runExactly("preapproval", "list", "--base-url", url, PAYER).out().trim())
        .isEqualTo("No pre-approvals.");
    Cli.Result again = Cli.runExactly("preapproval", "cancel", "--base-url", url, id);
    assertThat(again.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(again.err()).contains("409");
  }

  @Test
  void preApprovalStatusShowsTheRequestAsJson(@SimulatorUrl String url) {
    String reference = UUID.randomUUID().toString();
    Cli.Result created =
        Cli.runExactly(
            "preapproval",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--reference-id",
            reference,
            "--format",
            "json");
    assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
    assertThat(created.json().getString("referenceId")).isEqualTo(reference);

    Cli.Result status =
        Cli.runExactly("preapproval", "status", "--base-url", url, reference, "--format", "json");
    assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
    assertThat(status.json().getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(status.json().getString("payerCurrency")).isEqualTo("EUR");
    assertThat(status.json().getJsonObject("payer").getString("partyId")).isEqualTo(PAYER);
  }

  @Test
  void badPreApprovalInputIsAUsageErrorAndAnUnknownOneAnApiError(@SimulatorUrl String url) {
    assertThat(
            Cli.runExactly("preapproval", "list", "--base-url", url, "--type", "phone", PAYER)
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    Cli.Result badMessage =
        Cli.runExactly(
            "preapproval",
            "create",
            "--base-url",
            url,
            "--payer",
            PAYER,
            "--payer-message",
            "Tom & Jerry");
    assertThat(badMessage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badMessage.err()).contains("payerMessage");
    assertThat(Cli.runExactly("preapproval").exitCode()).isEqualTo(ExitCodes.USAGE);

    Cli.Result unknown =
        Cli.runExactly("preapproval", "status", "--base-url", url, UUID.randomUUID().toString());
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(unknown.err()).contains("404");
  }
}
