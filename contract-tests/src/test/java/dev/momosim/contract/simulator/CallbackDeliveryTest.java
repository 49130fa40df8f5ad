package dev.momosim.contract.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transfer;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.CallbackReceiver;
import dev.momosim.contract.target.CallbackReceiver.Received;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import dev.momosim.simulator.control.CallbackView;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callbacks received on a local receiver (§12): PUT by default, the status body, only when asked
 * for.
 */
@Contract
@SimulatorOnly
class CallbackDeliveryTest {

  private static final Duration ARRIVAL = Duration.ofSeconds(10);

  private MomoTarget target;
  private SimulatorScenario sim;
  private CallbackReceiver receiver;
  private CreateOptions withCallback;

  @BeforeEach
  void setUp(MomoTarget target) {
    this.target = target;
    this.sim = new SimulatorScenario(target);
    this.receiver = target.callbacks();
    this.withCallback = CreateOptions.defaults().withCallbackUrl(receiver.urlTemplate());
  }

  @Test
  void successfulPaymentIsAnnouncedByAPutCarryingTheStatusBody() {
    String ref = sim.requestToPay(Party.msisdn(Parties.ORDINARY_MSISDN), "15", withCallback);

    Received callback = Await.result(receiver.first(ref), ARRIVAL);

    assertThat(callback.method()).isEqualTo("PUT");
    assertThat(callback.path()).endsWith("/" + ref);
    JsonObject body = callback.json();
    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(body.getString("amount")).isEqualTo("15");
    assertThat(body.getString("financialTransactionId")).matches("\\d{6,12}");
    assertThat(body.containsKey("referenceId")).as("callbacks carry no referenceId").isFalse();
    assertThat(callback.headers().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void failedPaymentsCallbackCarriesTheReason() {
    Payment rejected = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Rejected");
    String ref = sim.requestToPay(Party.msisdn(rejected.number()), "15", withCallback);

    JsonObject body = Await.result(receiver.first(ref), ARRIVAL).json();

    assertThat(body.getString("status")).isEqualTo(rejected.outcome().status());
    assertThat(body.getString("reason")).isEqualTo(rejected.outcome().reason());
    assertThat(body.containsKey("financialTransactionId")).isFalse();
  }

  @Test
  void callbackBodyIsTheStatusReadsBodyKeyForKey() {
    String ref =
        Await.result(
            target
                .client()
                .disbursements()
                .transfer(
                    new Transfer(
                        "30", "EUR", "cb-1", Party.msisdn(Parties.ORDINARY_MSISDN), "m", "n"),
                    withCallback));

    JsonObject body = Await.result(receiver.first(ref), ARRIVAL).json();
    JsonObject read =
        target
            .raw()
            .send(
                io.vertx.core.http.HttpMethod.GET,
                "/disbursement/v1_0/transfer/" + ref,
                target
                    .raw()
                    .productHeaders(
                        dev.momosim.client.product.Product.DISBURSEMENT,
                        target.credentials(dev.momosim.client.product.Product.DISBURSEMENT)),
                null)
            .json();

    assertThat(body.fieldNames()).containsExactlyElementsOf(read.fieldNames());
    assertThat(body).isEqualTo(read);
  }

  @Test
  void pendingPaymentIsAnnouncedOnlyOnceItIsDecided() {
    Party payer = Parties.fresh();
    sim.ruleFor(payer, new JsonObject().put("manual", true));
    String ref = sim.requestToPay(payer, "15", withCallback);
    assertThat(receiver.all(ref)).isEmpty();

    Await.result(sim.control().approve(ref));

    assertThat(Await.result(receiver.first(ref), ARRIVAL).json().getString("status"))
        .isEqualTo("SUCCESSFUL");
  }

  @Test
  void paymentWithoutCallbackUrlIsNotAnnounced() {
    String silent = sim.requestToPay(Party.msisdn(Parties.ORDINARY_MSISDN), "15");
    String announced = sim.requestToPay(Party.msisdn(Parties.ORDINARY_MSISDN), "15", withCallback);
    Await.result(receiver.first(announced), ARRIVAL);

    List<CallbackView> journal = Await.result(sim.control().callbacks());

    assertThat(journal.stream().map(CallbackView::referenceId))
        .contains(announced)
        .doesNotContain(silent);
    assertThat(receiver.all(silent)).isEmpty();
  }

  @Test
  void deliveredCallbackIsJournalledWithItsOutcome() {
    String ref = sim.requestToPay(Party.msisdn(Parties.ORDINARY_MSISDN), "15", withCallback);
    Await.result(receiver.first(ref), ARRIVAL);

    CallbackView entry =
        Await.result(sim.control().callbacks()).stream()
            .filter(e -> ref.equals(e.referenceId()))
            .findFirst()
            .orElseThrow();

    assertThat(entry.method()).isEqualTo("PUT");
    assertThat(entry.url()).endsWith("/callback/" + ref);
    assertThat(entry.body().getString("status")).isEqualTo("SUCCESSFUL");
  }
}
