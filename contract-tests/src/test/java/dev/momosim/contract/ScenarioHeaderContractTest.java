package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.MomoValidationException;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.contract.target.Transactions;
import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.control.RequestView;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code X-Momo-Sim-Scenario} header (docs/scenarios.md), set through the client's {@link
 * CreateOptions#withScenario}: a creating request carrying it is an ordinary request on every
 * target (MTN's sandbox ignores the header); on a simulator it also decides that payment's outcome.
 */
@Contract
class ScenarioHeaderContractTest extends ContractCase {
  private static final String HEADER = "X-Momo-Sim-Scenario";
  private static final String SCENARIO = "FAILED:APPROVAL_REJECTED";

  private Collections collections;

  @BeforeEach
  void setUpClients() {
    this.collections = target.client().collections();
  }

  @Test
  void aRequestToPayCarryingAScenarioIsAcceptedAndReadableLikeAnyOther() {
    String ref = requestToPay(Party.msisdn(Parties.ORDINARY_MSISDN), scenario());

    Transaction first =
        Transactions.firstVisible(target.vertx(), collections, ref, Duration.ofSeconds(20));

    assertThat(first.referenceId()).isEqualTo(ref);
    assertThat(first.amount()).isEqualTo("7");
    assertThat(first.currency()).isEqualTo("EUR");
    assertThat(first.party()).isEqualTo(Party.msisdn(Parties.ORDINARY_MSISDN));
    assertThat(first.externalId()).isEqualTo("scenario-1");
  }

  @Test
  @SimulatorOnly
  void onASimulatorTheScenarioDecidesThatPaymentAloneAndIsRecorded() {
    Party payer = Parties.fresh();
    String forced = requestToPay(payer, scenario());
    String plain = requestToPay(payer, CreateOptions.defaults());

    Transaction failed = awaitFinal(forced);
    assertThat(failed.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(failed.reason().code()).isEqualTo("APPROVAL_REJECTED");
    assertThat(awaitFinal(plain).status()).isEqualTo(TransactionStatus.SUCCESSFUL);

    assertThat(Await.result(target.control().transaction(forced)).decidedBy())
        .isEqualTo(HEADER + ": " + SCENARIO);
    RequestView journalled =
        Await.result(target.control().requests(new RequestFilter(null, forced, null, 10))).stream()
            .filter(entry -> entry.method().equals("POST"))
            .findFirst()
            .orElseThrow();
    assertThat(journalled.headers()).containsEntry(HEADER, SCENARIO);
  }

  @Test
  @SimulatorOnly
  void onASimulatorAScenarioItCannotUseIsRefusedAsAValidationErrorAndNothingIsKept() {
    String ref = UUID.randomUUID().toString();
    Throwable refused =
        Await.failure(
            collections.requestToPay(
                RequestToPay.of("7", "EUR", Parties.fresh()),
                CreateOptions.defaults().withReferenceId(ref).withScenario("DELAY:soon")));

    assertThat(refused).isInstanceOf(MomoValidationException.class);
    assertThat(refused.getMessage()).contains(HEADER).contains("DELAY:soon");
    assertThat(Await.failure(collections.status(ref))).isInstanceOf(MomoNotFoundException.class);
  }

  private static CreateOptions scenario() {
    return CreateOptions.defaults().withScenario(SCENARIO);
  }

  private String requestToPay(Party payer, CreateOptions options) {
    return Await.result(
        collections.requestToPay(
            new RequestToPay("7", "EUR", "scenario-1", payer, "contract", "contract"), options));
  }

  private Transaction awaitFinal(String ref) {
    return Await.result(
        collections.awaitFinal(ref, target.settleDeadline()),
        target.settleDeadline().plusSeconds(10));
  }
}
