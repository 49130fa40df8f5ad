package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import dev.momosim.contract.MtnSchemas.Violation;
import dev.momosim.contract.parity.Observations;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.RawResponse;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.contract.target.Transactions;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Payment status bodies, read raw, against MTN's published {@code RequestToPayResult} and {@code
 * TransferResult}. Where the real sandbox answers otherwise (§10, §11.3, §15.1) the simulator
 * answers like the sandbox, and the test pins that deviation to the one field it concerns.
 */
@Contract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentSchemaContractTest extends ContractCase {

  private final MtnSchemas schemas = new MtnSchemas();
  private final SandboxNumbers sandbox = SandboxNumbers.read();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void successfulPaymentStatusConformsToMtnsSchemaInFull(Product product) {
    JsonObject body = settledStatus(target, product, Parties.ORDINARY_MSISDN);

    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(schemas.violations(product, resultSchema(product), body)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void failedPaymentStatusConformsToMtnsSchemaExceptThatReasonIsAPlainStringAsOnTheSandbox(
      Product product) {
    Payment rejected = rejected(product);
    JsonObject body = settledStatus(target, product, rejected.number());

    assertThat(body.getString("status")).isEqualTo("FAILED");
    assertThat(body.getValue("reason"))
        .as("reason (an ErrorReason object in MTN's spec)")
        .isEqualTo(rejected.outcome().reason());
    assertThat(schemas.violations(product, resultSchema(product), body))
        .extracting(Violation::at)
        .as("only reason breaks the spec")
        .containsOnly("#/reason");
  }

  @Test
  void createdRequestToPayConformsToMtnsSchemaExceptForTheCreatedStatusItDoesNotList() {
    String ref =
        Await.result(
            target
                .client()
                .collections()
                .requestToPay(
                    RequestToPay.of(
                        "5",
                        "EUR",
                        Party.msisdn(sandbox.payment(Column.REQUEST_TO_PAY, "Delayed").number()))));
    Transactions.firstVisible(
        target.vertx(), target.client().collections(), ref, Duration.ofSeconds(20));

    JsonObject body = read(target, Product.COLLECTION, ref);

    assertThat(body.getString("status"))
        .as("status (PENDING, SUCCESSFUL or FAILED in MTN's spec)")
        .isEqualTo(sandbox.payment(Column.REQUEST_TO_PAY, "Delayed").outcome().initialStatus());
    assertThat(schemas.violations(Product.COLLECTION, "RequestToPayResult", body))
        .extracting(Violation::at)
        .as("only status breaks the spec")
        .containsOnly("#/status");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  @SimulatorOnly
  void failedPaymentStatusConformsToMtnsSchemaInFullWithTheReasonFormatSwitchedToObject(
      Product product, Observations seen) {
    try (MomoTarget objectReasons =
        MomoTarget.embedded(
            SimulatorConfig.defaults().merge("{\"errors\":{\"reasonFormat\":\"object\"}}"))) {
      objectReasons.listen(seen);
      Payment rejected = rejected(product);
      JsonObject body = settledStatus(objectReasons, product, rejected.number());

      assertThat(body.getJsonObject("reason").getString("code"))
          .isEqualTo(rejected.outcome().reason());
      assertThat(schemas.violations(product, resultSchema(product), body)).isEmpty();
    }
  }

  /** The number §13.2(b) documents as rejected by the payer or payee of {@code product}. */
  private Payment rejected(Product product) {
    return sandbox.payment(
        product == Product.COLLECTION ? Column.REQUEST_TO_PAY : Column.TRANSFER, "Rejected");
  }

  private static String resultSchema(Product product) {
    return product == Product.COLLECTION ? "RequestToPayResult" : "TransferResult";
  }

  /**
   * Pays {@code msisdn} (payer or payee) 10 EUR with every optional field, waits for the end, reads
   * it raw.
   */
  private JsonObject settledStatus(MomoTarget on, Product product, String msisdn) {
    Party party = Party.msisdn(msisdn);
    String ref =
        Await.result(
            product == Product.COLLECTION
                ? on.client()
                    .collections()
                    .requestToPay(
                        new RequestToPay("10", "EUR", "schema", party, "schema", "schema"))
                : TransferContractTest.transfers(on, product)
                    .transfer(new Transfer("10", "EUR", "schema", party, "schema", "schema")));
    Await.result(
        on.client().product(product).awaitFinal(ref, on.settleDeadline()),
        on.settleDeadline().plusSeconds(10));
    return read(on, product, ref);
  }

  private JsonObject read(MomoTarget on, Product product, String ref) {
    RawResponse answer = on.raw().status(product, on.credentials(product), ref);
    assertThat(answer.status()).as("status code, body %s", answer.body()).isEqualTo(200);
    return answer.json();
  }
}
