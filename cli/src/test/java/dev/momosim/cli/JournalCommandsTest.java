package dev.momosim.cli;

import static dev.momosim.cli.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code callbacks}, {@code callbacks resend}, {@code requests} and {@code reset}. */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"MANUAL\"}}")
class JournalCommandsTest {
  private Cli cli;
  private SandboxCalls api;
  private HttpServer receiver;

  @BeforeEach
  void setUp(Vertx vertx, @SimulatorUrl String baseUrl) {
    cli = new Cli(baseUrl);
    api = new SandboxCalls(baseUrl);
    receiver = SandboxCalls.receiver(vertx);
  }

  @AfterEach
  void tearDown() {
    await(receiver.close());
  }

  private String paidWithCallback() {
    String reference =
        api.requestToPay("256770000001", "http://localhost:" + receiver.actualPort() + "/momo");
    assertThat(cli.run("approve", reference).exitCode()).isEqualTo(ExitCodes.OK);
    return reference;
  }

  @Test
  void callbacksListsEachDeliveryWithItsUrlMethodAndOutcome() {
    String reference = paidWithCallback();

    Cli.Result result = cli.run("callbacks");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.lines()).hasSize(2);
    assertThat(result.lines().get(0))
        .startsWith("ID")
        .contains("REFERENCE", "METHOD", "URL", "OUTCOME");
    assertThat(result.lines().get(1))
        .contains(
            reference, "collection", "PUT", "http://localhost:" + receiver.actualPort() + "/momo");
  }

  @Test
  void callbacksPrintsTheJournalAsJsonAndFiltersByReference() {
    String reference = paidWithCallback();

    JsonArray all = cli.run("callbacks", "--format", "json").json().getJsonArray("callbacks");
    JsonArray other =
        cli.run("callbacks", "--reference", "someone-else", "--format", "json")
            .json()
            .getJsonArray("callbacks");

    assertThat(all).hasSize(1);
    assertThat(all.getJsonObject(0).getString("referenceId")).isEqualTo(reference);
    assertThat(all.getJsonObject(0).getJsonObject("body").getString("status"))
        .isEqualTo("SUCCESSFUL");
    assertThat(other).isEmpty();
    assertThat(cli.run("callbacks", "--reference", "someone-else").out().strip())
        .isEqualTo("No callbacks.");
  }

  @Test
  void callbacksResendSendsAgainAsANewEntry(SimulatorControl control) {
    paidWithCallback();
    String id = await(control.callbacks()).get(0).id();

    Cli.Result result = cli.run("callbacks", "resend", id);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).startsWith("resent " + id + " as ");
    assertThat(await(control.callbacks())).hasSize(2);
    JsonObject json = cli.run("callbacks", "resend", id, "--format", "json").json();
    assertThat(json.getString("resendOf")).isEqualTo(id);
  }

  @Test
  void resendingAnUnknownCallbackExitsThree() {
    Cli.Result result = cli.run("callbacks", "resend", "no-such-callback");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(result.err()).startsWith("momo-sim: 404 ");
  }

  @Test
  void requestsListsTheJournalNewestFirstWithoutSecrets() {
    String reference = api.requestToPay();

    Cli.Result text = cli.run("requests");
    Cli.Result json = cli.run("requests", "--reference", reference, "--format", "json");

    assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(text.lines().get(0))
        .startsWith("AT")
        .contains("METHOD", "PATH", "STATUS", "REFERENCE");
    assertThat(text.lines().get(1))
        .contains("POST", "/collection/v1_0/requesttopay", "202", reference);
    assertThat(text.lines().get(2)).contains("POST", "/collection/token/", "200");
    JsonArray entries = json.json().getJsonArray("requests");
    assertThat(entries).hasSize(1);
    assertThat(json.out())
        .doesNotContain(
            SandboxCalls.COLLECTION.subscriptionKey(), SandboxCalls.COLLECTION.apiKey());
  }

  @Test
  void requestsFiltersByPathProductAndLimit() {
    api.requestToPay(); // fetches a token, then reuses it
    api.requestToPay();
    api.newToken();

    assertThat(
            cli.run("requests", "--path", "/token/", "--format", "json")
                .json()
                .getJsonArray("requests"))
        .hasSize(2);
    assertThat(cli.run("requests", "--product", "disbursement").out().strip())
        .isEqualTo("No requests.");
    assertThat(
            cli.run("requests", "--limit", "1", "--format", "json").json().getJsonArray("requests"))
        .hasSize(1);
  }

  @Test
  void resetForgetsEveryTransaction(SimulatorControl control) {
    api.requestToPay();

    Cli.Result result = cli.run("reset");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("reset");
    assertThat(cli.run("transactions").out().strip()).isEqualTo("No transactions.");
    assertThat(cli.run("requests").out().strip()).isEqualTo("No requests.");
  }

  @Test
  void journalCommandsExitFourWhenNoSimulatorAnswers(Vertx vertx) {
    Cli nowhere = new Cli("http://127.0.0.1:" + SandboxCalls.closedPort(vertx));

    assertThat(nowhere.run("callbacks").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(nowhere.run("callbacks", "resend", "1").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(nowhere.run("requests").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(nowhere.run("reset").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
  }
}
