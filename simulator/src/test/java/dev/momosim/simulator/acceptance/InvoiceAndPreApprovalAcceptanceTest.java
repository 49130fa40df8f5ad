package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue 20, point 1: invoices and pre-approvals (collection v2). */
@MomoSimulatorTest
class InvoiceAndPreApprovalAcceptanceTest {
  private static final String PAYER = "256772000001";

  @AutoClose private final SandboxSession sim;

  InvoiceAndPreApprovalAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  static JsonObject invoice(String amount, String payer) {
    return new JsonObject()
        .put("externalId", "inv-1")
        .put("amount", amount)
        .put("currency", "EUR")
        .put("validityDuration", "3600")
        .put("intendedPayer", Payments.party("MSISDN", payer))
        .put("payee", Payments.party("MSISDN", "256772999999"))
        .put("description", "MoMo Invoice API");
  }

  static JsonObject preApproval(String payer, Object validityTime) {
    return new JsonObject()
        .put("payer", Payments.party("MSISDN", payer))
        .put("payerCurrency", "EUR")
        .put("payerMessage", "Monthly subscription")
        .put("validityTime", validityTime);
  }

  static Reply post(ProductApi api, String path, String ref, JsonObject body) {
    return api.call(HttpMethod.POST, path).header("X-Reference-Id", ref).json(body).send();
  }

  static String created(ProductApi api, String path, JsonObject body) {
    String ref = SandboxSession.newReference();
    Expect.accepted(post(api, path, ref, body));
    return ref;
  }

  static JsonObject get(ProductApi api, String path) {
    Reply reply = api.call(HttpMethod.GET, path).send();
    assertThat(reply.status()).as("GET %s: %s", path, reply).isEqualTo(200);
    return reply.json();
  }

  static JsonArray approvedOf(ProductApi api, String msisdn) {
    Reply reply = api.call(HttpMethod.GET, "/v1_0/preapprovals/msisdn/" + msisdn).send();
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return new JsonArray(reply.body());
  }

  @Test
  void aPaidInvoiceAnswersInvoiceResultAndMovesTheMoney() {
    ProductApi collection = sim.api(Product.COLLECTION);

    String ref = created(collection, "/v2_0/invoice", invoice("700", PAYER));

    JsonObject body = get(collection, "/v2_0/invoice/" + ref);
    assertThat(body.fieldNames())
        .containsExactly(
            "referenceId",
            "externalId",
            "amount",
            "currency",
            "status",
            "paymentReference",
            "invoiceId",
            "expiryDateTime",
            "intendedPayer",
            "description");
    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(body.getString("invoiceId")).matches("\\d{10}");
    assertThat(body.getString("expiryDateTime"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
    assertThat(collection.balanceAmount()).isEqualByComparingTo("700");
  }

  @Test
  void aPaidInvoiceCannotBeCancelledAndAnUnknownOneIs404() {
    ProductApi collection = sim.api(Product.COLLECTION);
    String ref = created(collection, "/v2_0/invoice", invoice("1", PAYER));

    Reply paid = cancel(collection, ref);
    Reply unknown = cancel(collection, SandboxSession.newReference());

    assertThat(paid.status()).isEqualTo(409);
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void anInvoiceWithoutIntendedPayerOrWithANonPositiveValidityIsA400NamingTheField() {
    ProductApi collection = sim.api(Product.COLLECTION);
    JsonObject noPayer = invoice("1", PAYER);
    noPayer.remove("intendedPayer");

    Reply missing = post(collection, "/v2_0/invoice", SandboxSession.newReference(), noPayer);
    Reply validity =
        post(
            collection,
            "/v2_0/invoice",
            SandboxSession.newReference(),
            invoice("1", PAYER).put("validityDuration", "0"));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().getString("message")).startsWith("intendedPayer is required");
    assertThat(validity.status()).isEqualTo(400);
    assertThat(validity.json().getString("message")).startsWith("validityDuration");
  }

  @Test
  void anApprovedPreApprovalShowsInThePayersListUntilThePartnerCancelsIt() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi otherPartner = sim.api(Product.COLLECTION);

    String ref = created(collection, "/v2_0/preapproval", preApproval(PAYER, "300"));

    JsonObject status = get(collection, "/v2_0/preapproval/" + ref);
    assertThat(status.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(status.getLong("expirationDateTime")).isPositive();
    JsonArray approved = approvedOf(collection, PAYER);
    assertThat(approved).hasSize(1);
    JsonObject details = approved.getJsonObject(0);
    assertThat(details.getString("preApprovalId")).isEqualTo(ref);
    assertThat(details.getString("status")).isEqualTo("APPROVED");
    assertThat(details.getString("fromFri")).isEqualTo("FRI:" + PAYER + "/MSISDN");
    assertThat(approvedOf(otherPartner, PAYER)).isEmpty();

    Reply foreign = otherPartner.call(HttpMethod.DELETE, "/v1_0/preapproval/" + ref).send();
    Reply cancelled = collection.call(HttpMethod.DELETE, "/v1_0/preapproval/" + ref).send();
    Reply again = collection.call(HttpMethod.DELETE, "/v1_0/preapproval/" + ref).send();

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
    assertThat(again.status()).isEqualTo(409);
    assertThat(approvedOf(collection, PAYER)).isEmpty();
  }

  @Test
  void anApprovedPreApprovalExpiresAfterItsValidityAndCanBeRenewed() {
    ProductApi collection = sim.api(Product.COLLECTION);
    created(collection, "/v2_0/preapproval", preApproval(PAYER, 60));
    assertThat(approvedOf(collection, PAYER)).hasSize(1);

    sim.advance(Duration.ofSeconds(61));

    assertThat(approvedOf(collection, PAYER)).isEmpty();
    String renewed = created(collection, "/v2_0/preapproval", preApproval(PAYER, 60));
    assertThat(approvedOf(collection, PAYER).getJsonObject(0).getString("preApprovalId"))
        .isEqualTo(renewed);
  }

  @Test
  void theSandboxsRejectedPayerFailsAPreApprovalAndNoneIsListed() {
    ProductApi collection = sim.api(Product.COLLECTION);
    String rejected = SandboxNumbers.read().payment(Column.PRE_APPROVAL, "Rejected").number();

    String ref = created(collection, "/v2_0/preapproval", preApproval(rejected, 60));

    JsonObject status = get(collection, "/v2_0/preapproval/" + ref);
    assertThat(status.getString("status")).isEqualTo("FAILED");
    assertThat(status.getString("reason")).isEqualTo("APPROVAL_REJECTED");
    assertThat(approvedOf(collection, rejected)).isEmpty();
  }

  @Test
  void anUnknownIdTypeInTheListIsA400() {
    ProductApi collection = sim.api(Product.COLLECTION);

    Reply reply = collection.call(HttpMethod.GET, "/v1_0/preapprovals/iban/123").send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("message")).startsWith("accountHolderIdType");
  }

  static Reply cancel(ProductApi api, String invoice) {
    return api.call(HttpMethod.DELETE, "/v2_0/invoice/" + invoice)
        .header("X-Reference-Id", SandboxSession.newReference())
        .json(new JsonObject().put("externalId", "cancel-1"))
        .send();
  }

  /** With manual approval: a person decides, so invoices and pre-approvals wait. */
  @Nested
  @MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"manual\"}}")
  class ManualApproval {
    @AutoClose private final SandboxSession sim;

    ManualApproval(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void anUnpaidInvoiceIsCancelledAndFailsTransactionCanceled() {
      ProductApi collection = sim.api(Product.COLLECTION);
      String ref = created(collection, "/v2_0/invoice", invoice("5", PAYER));
      assertThat(get(collection, "/v2_0/invoice/" + ref).getString("status")).isEqualTo("PENDING");

      Reply cancelled = cancel(collection, ref);

      assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
      assertThat(cancelled.json()).isEqualTo(new JsonObject().put("externalId", "cancel-1"));
      JsonObject body = get(collection, "/v2_0/invoice/" + ref);
      assertThat(body.getString("status")).isEqualTo("FAILED");
      assertThat(body.getJsonObject("errorReason").getString("code"))
          .isEqualTo("TRANSACTION_CANCELED");
    }

    @Test
    void anUnpaidInvoiceExpiresAfterItsValidityDuration() {
      ProductApi collection = sim.api(Product.COLLECTION);
      String ref =
          created(collection, "/v2_0/invoice", invoice("5", PAYER).put("validityDuration", 120));

      sim.advance(Duration.ofSeconds(121));

      JsonObject body = get(collection, "/v2_0/invoice/" + ref);
      assertThat(body.getString("status")).isEqualTo("FAILED");
      assertThat(body.getJsonObject("errorReason").getString("code")).isEqualTo("EXPIRED");
    }

    @Test
    void aPendingPreApprovalBlocksASecondUntilItIsDecided() {
      ProductApi collection = sim.api(Product.COLLECTION);
      String first = created(collection, "/v2_0/preapproval", preApproval(PAYER, 60));

      Reply second =
          post(
              collection,
              "/v2_0/preapproval",
              SandboxSession.newReference(),
              preApproval(PAYER, 60));
      SandboxSession.await(sim.control().approve(first));
      Reply third =
          post(
              collection,
              "/v2_0/preapproval",
              SandboxSession.newReference(),
              preApproval(PAYER, 60));

      assertThat(second.status()).isEqualTo(409);
      assertThat(second.json().getString("code")).isEqualTo("PREAPPROVAL_EXIST_PENDING");
      assertThat(third.status()).as("%s", third).isEqualTo(202);
    }
  }
}
