package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code pending} and {@code transactions}: tables for people, JSON for scripts, filters. */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"MANUAL\"}}")
class ListingCommandsTest {
  private Cli cli;
  private SandboxCalls api;

  @BeforeEach
  void setUp(@SimulatorUrl String baseUrl) {
    cli = new Cli(baseUrl);
    api = new SandboxCalls(baseUrl);
  }

  @Test
  void pendingSaysSoWhenNothingWaits() {
    Cli.Result result = cli.run("pending");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out().strip()).isEqualTo("No pending transactions.");
  }

  @Test
  void pendingListsWaitingPaymentsInAnAlignedTableNewestFirst() {
    String older = api.requestToPay();
    String newer = api.requestToPay("256770000002", null);
    String decided = api.requestToPay();
    cli.run("approve", decided);

    Cli.Result result = cli.run("pending");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> lines = result.lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("REFERENCE").contains("PRODUCT", "AMOUNT", "PARTY", "ENDS");
    assertThat(lines.get(1))
        .startsWith(newer)
        .contains("collection", "requesttopay", "100", "EUR", "256770000002");
    assertThat(lines.get(2)).startsWith(older).contains("256770000001");
    assertThat(result.out()).doesNotContain(decided);
    int partyColumn = lines.get(0).indexOf("PARTY");
    assertThat(lines.get(1).indexOf("256770000002")).isEqualTo(partyColumn);
    assertThat(lines.get(2).indexOf("256770000001")).isEqualTo(partyColumn);
  }

  @Test
  void pendingPagesWithLimitAndTheCursorItPrints() {
    String older = api.requestToPay();
    String newer = api.requestToPay("256770000002", null);

    Cli.Result first = cli.run("pending", "--limit", "1");
    String more = first.lines().get(first.lines().size() - 1);
    assertThat(first.out()).contains(newer).doesNotContain(older);
    assertThat(more).startsWith("More: --after ");
    Cli.Result second = cli.run("pending", "--limit", "1", "--after", more.substring(14).strip());

    assertThat(second.out()).contains(older).doesNotContain(newer).doesNotContain("More:");
    assertThat(cli.run("pending", "--limit", "1", "--format", "json").json().getString("next"))
        .isEqualTo(more.substring(14).strip());
  }

  @Test
  void pendingPrintsTheControlApiJson() {
    String reference = api.requestToPay();

    Cli.Result result = cli.run("pending", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    JsonArray transactions = result.json().getJsonArray("transactions");
    assertThat(transactions).hasSize(1);
    assertThat(transactions.getJsonObject(0).getString("referenceId")).isEqualTo(reference);
    assertThat(transactions.getJsonObject(0).getString("status")).isEqualTo("PENDING");
  }

  @Test
  void pendingFiltersByProduct() {
    api.requestToPay();

    assertThat(
            cli.run("pending", "--product", "disbursement", "--format", "json")
                .json()
                .getJsonArray("transactions"))
        .isEmpty();
    assertThat(
            cli.run("pending", "--product", "COLLECTION", "--format", "json")
                .json()
                .getJsonArray("transactions"))
        .hasSize(1);
  }

  @Test
  void transactionsShowsEveryStatusWithItsReason() {
    String approved = api.requestToPay();
    String rejected = api.requestToPay();
    String waiting = api.requestToPay();
    cli.run("approve", approved);
    cli.run("reject", rejected);

    Cli.Result result = cli.run("transactions");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.lines()).hasSize(4);
    assertThat(result.lines().get(0)).contains("STATUS", "REASON");
    assertThat(result.out())
        .containsPattern(waiting + " +collection +requesttopay +PENDING +- ")
        .containsPattern(rejected + " +collection +requesttopay +FAILED +APPROVAL_REJECTED ")
        .containsPattern(approved + " +collection +requesttopay +SUCCESSFUL +- ");
  }

  @Test
  void transactionsFiltersByStatusProductAndParty() {
    String approved = api.requestToPay();
    api.requestToPay("256770000002", null);
    cli.run("approve", approved);

    JsonObject successful =
        cli.run("transactions", "--status", "successful", "--format", "json").json();
    JsonObject byParty =
        cli.run("transactions", "--party-id", "256770000002", "--format", "json").json();
    JsonObject none = cli.run("transactions", "--product", "remittance", "--format", "json").json();
    JsonObject limited = cli.run("transactions", "--limit", "1", "--format", "json").json();

    assertThat(successful.getJsonArray("transactions"))
        .singleElement()
        .satisfies(
            item -> assertThat(((JsonObject) item).getString("referenceId")).isEqualTo(approved));
    assertThat(byParty.getJsonArray("transactions")).hasSize(1);
    assertThat(none.getJsonArray("transactions")).isEmpty();
    assertThat(limited.getJsonArray("transactions")).hasSize(1);
    assertThat(cli.run("transactions", "--status", "FAILED").out().strip())
        .isEqualTo("No transactions.");
  }

  @Test
  void anUnknownStatusOrFormatIsAUsageError() {
    Cli.Result status = cli.run("transactions", "--status", "LOST");
    Cli.Result format = cli.run("pending", "--format", "yaml");

    assertThat(status.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(status.err()).contains("LOST");
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void listingExitsFourWhenNoSimulatorAnswers(Vertx vertx) {
    Cli nowhere = new Cli("http://127.0.0.1:" + SandboxCalls.closedPort(vertx));

    assertThat(nowhere.run("pending").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(nowhere.run("transactions", "--format", "json").exitCode())
        .isEqualTo(ExitCodes.UNREACHABLE);
  }

  @Test
  void aSimUrlThatIsNotAUrlIsAUsageError() {
    Cli.Result result = new Cli("localhost:8080").run("pending");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("http://127.0.0.1:8080");
  }
}
