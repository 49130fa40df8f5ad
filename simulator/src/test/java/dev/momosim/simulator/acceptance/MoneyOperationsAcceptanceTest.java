package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.callback.Receiver;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, points 1-3 and 5: request-to-withdraw, deposit, refund, cash transfer and payments v2
 * over HTTP, with their status bodies, money, sandbox numbers and callbacks.
 */
@MomoSimulatorTest
class MoneyOperationsAcceptanceTest {
  private static final String PAYER = "256771000001";

  @AutoClose private final SandboxSession sim;

  MoneyOperationsAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  private static JsonObject withParty(String field, String amount, String msisdn) {
    return new JsonObject()
        .put("amount", amount)
        .put("currency", "EUR")
        .put("externalId", "ext-1")
        .put(field, Payments.party("MSISDN", msisdn))
        .put("payerMessage", "msg")
        .put("payeeNote", "note");
  }

  private static Reply create(ProductApi api, String path, String ref, JsonObject body) {
    return api.call(HttpMethod.POST, path).header("X-Reference-Id", ref).json(body).send();
  }

  /** POSTs under a fresh reference id; asserts 202 with an empty body; returns the id. */
  private static String created(ProductApi api, String path, JsonObject body) {
    String ref = SandboxSession.newReference();
    Expect.accepted(create(api, path, ref, body));
    return ref;
  }

  private static JsonObject status(ProductApi api, String path, String ref) {
    Reply reply = api.call(HttpMethod.GET, path + "/" + ref).send();
    assertThat(reply.status()).as("GET %s/%s: %s", path, ref, reply).isEqualTo(200);
    return reply.json();
  }

  @Test
  void aWithdrawalInEitherVersionMovesThePayersMoneyToTheCollectionAccount() {
    ProductApi collection = sim.api(Product.COLLECTION);

    String v1 = created(collection, "/v1_0/requesttowithdraw", withParty("payer", "10", PAYER));
    String v2 = created(collection, "/v2_0/requesttowithdraw", withParty("payer", "2.50", PAYER));

    JsonObject first = status(collection, "/v1_0/requesttowithdraw", v1);
    assertThat(first.fieldNames())
        .containsExactly(
            "financialTransactionId",
            "externalId",
            "amount",
            "currency",
            "payer",
            "payerMessage",
            "payeeNote",
            "status");
    assertThat(first.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(status(collection, "/v1_0/requesttowithdraw", v2).getString("amount"))
        .isEqualTo("2.5");
    assertThat(collection.balanceAmount()).isEqualByComparingTo("12.5");
  }

  @Test
  void theSandboxsRejectedPayerFailsAWithdrawalApprovalRejected() {
    ProductApi collection = sim.api(Product.COLLECTION);
    String rejected = SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Rejected").number();

    String ref = created(collection, "/v2_0/requesttowithdraw", withParty("payer", "10", rejected));

    JsonObject body = status(collection, "/v1_0/requesttowithdraw", ref);
    assertThat(body.getString("status")).isEqualTo("FAILED");
    assertThat(body.getString("reason")).isEqualTo("APPROVAL_REJECTED");
  }

  @Test
  void aDepositLowersTheDisbursementBalanceByItsAmount() {
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    var before = disbursement.balanceAmount();

    String v1 = created(disbursement, "/v1_0/deposit", withParty("payee", "40", PAYER));
    String v2 = created(disbursement, "/v2_0/deposit", withParty("payee", "2", PAYER));

    JsonObject body = status(disbursement, "/v1_0/deposit", v1);
    assertThat(body.fieldNames())
        .startsWith("amount", "currency", "financialTransactionId", "externalId", "payee");
    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(status(disbursement, "/v1_0/deposit", v2).getString("status"))
        .isEqualTo("SUCCESSFUL");
    assertThat(disbursement.balanceAmount())
        .isEqualByComparingTo(before.subtract(new java.math.BigDecimal("42")));
  }

  @Test
  void aRefundPaysTheRequestToPaysPayerBackUpToWhatWasPaid() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    String paid = collection.pay("30", PAYER);
    var disbursementBefore = disbursement.balanceAmount();

    String first = created(disbursement, "/v1_0/refund", refundOf(paid, "20"));
    String second = created(disbursement, "/v2_0/refund", refundOf(paid, "10"));
    Reply third =
        create(disbursement, "/v1_0/refund", SandboxSession.newReference(), refundOf(paid, "0.01"));

    JsonObject refund = status(disbursement, "/v1_0/refund", first);
    assertThat(refund.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(refund.getJsonObject("payee")).isEqualTo(Payments.party("MSISDN", PAYER));
    assertThat(status(disbursement, "/v1_0/refund", second).getString("status"))
        .isEqualTo("SUCCESSFUL");
    assertThat(third.status()).as("%s", third).isEqualTo(409);
    assertThat(third.json().getString("code")).isEqualTo("NOT_ALLOWED");
    assertThat(third.json().getString("message")).contains("0 is left to refund");
    assertThat(disbursement.balanceAmount())
        .isEqualByComparingTo(disbursementBefore.subtract(new java.math.BigDecimal("30")));
  }

  @Test
  void aRefundOfAnUnknownOrUnfinishedRequestToPayIsRefused() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    String ongoing =
        collection.pay(
            "5", SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Ongoing").number());

    Reply unknown =
        create(
            disbursement,
            "/v1_0/refund",
            SandboxSession.newReference(),
            refundOf(SandboxSession.newReference(), "1"));
    Reply pending =
        create(disbursement, "/v1_0/refund", SandboxSession.newReference(), refundOf(ongoing, "1"));
    Reply notUuid =
        create(disbursement, "/v1_0/refund", SandboxSession.newReference(), refundOf("1", "1"));

    assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
    assertThat(unknown.json().getString("code")).isEqualTo("RESOURCE_NOT_FOUND");
    assertThat(pending.status()).as("%s", pending).isEqualTo(409);
    assertThat(pending.json().getString("message")).contains("PENDING");
    assertThat(notUuid.status()).isEqualTo(400);
    assertThat(notUuid.json().getString("message")).contains("referenceIdToRefund");
  }

  @Test
  void aCashTransferEchoesItsKycFieldsInMtnsOrder() {
    ProductApi remittance = sim.api(Product.REMITTANCE);
    JsonObject body =
        withParty("payee", "100", PAYER)
            .put("orginatingCountry", "SE")
            .put("originalAmount", "1000.50")
            .put("originalCurrency", "SEK")
            .put("payerIdentificationType", "PASS")
            .put("payerIdentificationNumber", "S1234567")
            .put("payerFirstName", "Ada")
            .put("payerSurName", "Lovelace");

    String ref = created(remittance, "/v2_0/cashtransfer", body);

    JsonObject status = status(remittance, "/v2_0/cashtransfer", ref);
    assertThat(status.fieldNames())
        .containsExactly(
            "financialTransactionId",
            "status",
            "amount",
            "currency",
            "payee",
            "externalId",
            "orginatingCountry",
            "originalAmount",
            "originalCurrency",
            "payerMessage",
            "payeeNote",
            "payerIdentificationType",
            "payerIdentificationNumber",
            "payerFirstName",
            "payerSurName");
    assertThat(status.getString("originalAmount")).isEqualTo("1000.5");
    assertThat(status.getString("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void aCashTransferWithAnUnknownIdentificationTypeIsA400NamingTheField() {
    ProductApi remittance = sim.api(Product.REMITTANCE);

    Reply reply =
        create(
            remittance,
            "/v2_0/cashtransfer",
            SandboxSession.newReference(),
            withParty("payee", "1", PAYER).put("payerIdentificationType", "PASSPORT"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("message")).startsWith("payerIdentificationType must be");
  }

  @Test
  void aPaymentPaysTheServiceProviderAndAnswersPaymentResult() {
    ProductApi collection = sim.api(Product.COLLECTION);
    JsonObject body =
        new JsonObject()
            .put("externalTransactionId", "bill-7")
            .put("money", new JsonObject().put("amount", "25").put("currency", "EUR"))
            .put("customerReference", "+46070911111")
            .put("serviceProviderUserName", "Electricity Inc.")
            .put("maxNumberOfRetries", "2")
            .put("includeSenderCharges", "1");
    collection.pay("100", PAYER); // the collection account now holds 100

    String ref = created(collection, "/v2_0/payment", body);

    JsonObject status = status(collection, "/v2_0/payment", ref);
    assertThat(status.fieldNames())
        .containsExactly("referenceId", "status", "financialTransactionId");
    assertThat(status.getString("referenceId")).isEqualTo(ref);
    assertThat(status.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(collection.balanceAmount()).isEqualByComparingTo("75");
  }

  @Test
  void aPaymentWithoutMoneyOrProviderIsA400NamingTheField() {
    ProductApi collection = sim.api(Product.COLLECTION);

    Reply noMoney =
        create(
            collection,
            "/v2_0/payment",
            SandboxSession.newReference(),
            new JsonObject().put("serviceProviderUserName", "Electricity Inc."));
    Reply noProvider =
        create(
            collection,
            "/v2_0/payment",
            SandboxSession.newReference(),
            new JsonObject()
                .put("money", new JsonObject().put("amount", "1").put("currency", "EUR")));

    assertThat(noMoney.status()).isEqualTo(400);
    assertThat(noMoney.json().getString("message")).startsWith("money is required");
    assertThat(noProvider.status()).isEqualTo(400);
    assertThat(noProvider.json().getString("message")).startsWith("serviceProviderUserName");
  }

  @Test
  void aReferenceIdIsUsedOnceAcrossAProductsOperationsAndFoundOnlyUnderItsOwn() {
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    String ref = created(disbursement, "/v1_0/deposit", withParty("payee", "1", PAYER));

    Reply again = create(disbursement, "/v2_0/deposit", ref, withParty("payee", "1", PAYER));
    Reply asTransfer = create(disbursement, "/v1_0/transfer", ref, withParty("payee", "1", PAYER));
    Reply asRefundStatus = disbursement.call(HttpMethod.GET, "/v1_0/refund/" + ref).send();
    Reply unknown =
        disbursement.call(HttpMethod.GET, "/v1_0/deposit/" + SandboxSession.newReference()).send();

    assertThat(again.status()).isEqualTo(409);
    assertThat(asTransfer.status()).isEqualTo(409);
    assertThat(asRefundStatus.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("code")).isEqualTo("RESOURCE_NOT_FOUND");
  }

  @Test
  void operationsMtnDoesNotPublishInAVersionAre404() {
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    ProductApi collection = sim.api(Product.COLLECTION);

    Reply v2Transfer =
        create(
            disbursement,
            "/v2_0/transfer",
            SandboxSession.newReference(),
            withParty("payee", "1", PAYER));
    Reply v2RequestToPay =
        create(
            collection,
            "/v2_0/requesttopay",
            SandboxSession.newReference(),
            withParty("payer", "1", PAYER));

    assertThat(v2Transfer.status()).isEqualTo(404);
    assertThat(v2RequestToPay.status()).isEqualTo(404);
  }

  @Test
  void aBodyWithAnEmptyPartyIsA500AsOnMtnsSandbox() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);

    Reply payer =
        collection.create(
            SandboxSession.newReference(), new JsonObject().put("payer", new JsonObject()));
    Reply payee =
        disbursement.create(
            SandboxSession.newReference(), new JsonObject().put("payee", new JsonObject()));
    Reply empty = collection.create(SandboxSession.newReference(), new JsonObject());

    assertThat(payer.status()).isEqualTo(500);
    assertThat(payer.json().getString("code")).isEqualTo("INTERNAL_PROCESSING_ERROR");
    assertThat(payee.status()).isEqualTo(500);
    assertThat(empty.status()).isEqualTo(400);
  }

  /** With {@code errors.emptyPartyStatus} 400. */
  @Nested
  @MomoSimulatorTest(config = "{\"errors\":{\"emptyPartyStatus\":400}}")
  class FriendlyEmptyParty {
    @AutoClose private final SandboxSession sim;

    FriendlyEmptyParty(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void aBodyWithAnEmptyPartyIsA400NamingTheFirstMissingField() {
      Reply reply =
          sim.api(Product.COLLECTION)
              .create(
                  SandboxSession.newReference(), new JsonObject().put("payer", new JsonObject()));

      Reply complete =
          sim.api(Product.COLLECTION)
              .create(
                  SandboxSession.newReference(),
                  withParty("payer", "1", PAYER).put("payer", new JsonObject()));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.json().getString("message")).startsWith("amount is required");
      assertThat(complete.status()).isEqualTo(400);
      assertThat(complete.json().getString("message")).startsWith("payer.partyIdType must be");
    }
  }

  /** With callbacks sent by version: POST for v1 operations, PUT for v2. */
  @Nested
  @MomoSimulatorTest(config = "{\"callbacks\":{\"method\":\"BY_VERSION\"}}")
  class CallbacksByVersion {
    @AutoClose private final SandboxSession sim;

    CallbacksByVersion(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void aV1WithdrawalIsPostedAndAV2OnePutWithTheStatusBody() {
      Receiver receiver = Receiver.answering(sim.vertx());
      ProductApi collection = sim.api(Product.COLLECTION);

      String v1 = withCallback(collection, "/v1_0/requesttowithdraw", receiver.url("/v1"));
      String v2 = withCallback(collection, "/v2_0/requesttowithdraw", receiver.url("/v2"));

      List<Receiver.Received> received = awaitReceived(receiver, 2);
      Receiver.Received first = byPath(received, "/v1");
      Receiver.Received second = byPath(received, "/v2");
      assertThat(first.method()).isEqualTo(HttpMethod.POST);
      assertThat(second.method()).isEqualTo(HttpMethod.PUT);
      assertThat(new JsonObject(first.body()))
          .isEqualTo(status(collection, "/v1_0/requesttowithdraw", v1));
      assertThat(new JsonObject(second.body()))
          .isEqualTo(status(collection, "/v1_0/requesttowithdraw", v2));
    }
  }

  @Test
  void everyNewCreatingOperationPutsItsStatusBodyToTheCallbackUrlByDefault() {
    Receiver receiver = Receiver.answering(sim.vertx());
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    ProductApi remittance = sim.api(Product.REMITTANCE);
    String paid = collection.pay("10", PAYER);

    withCallback(collection, "/v1_0/requesttowithdraw", receiver.url("/withdraw"));
    withCallback(disbursement, "/v1_0/deposit", receiver.url("/deposit"));
    withCallback(remittance, "/v2_0/cashtransfer", receiver.url("/cashtransfer"));
    String refund = SandboxSession.newReference();
    Expect.accepted(
        disbursement
            .call(HttpMethod.POST, "/v1_0/refund")
            .header("X-Reference-Id", refund)
            .header("X-Callback-Url", receiver.url("/refund"))
            .json(refundOf(paid, "10"))
            .send());

    List<Receiver.Received> received = awaitReceived(receiver, 4);
    assertThat(received).extracting(Receiver.Received::method).containsOnly(HttpMethod.PUT);
    assertThat(new JsonObject(byPath(received, "/refund").body()))
        .isEqualTo(status(disbursement, "/v1_0/refund", refund));
  }

  @Test
  void invoicesPreApprovalsAndPaymentsPutTheirStatusBodyToTheCallbackUrlToo() {
    Receiver receiver = Receiver.answering(sim.vertx());
    ProductApi collection = sim.api(Product.COLLECTION);
    collection.pay("10", PAYER); // the collection account pays the payment
    JsonObject payment =
        new JsonObject()
            .put("money", new JsonObject().put("amount", "1").put("currency", "EUR"))
            .put("serviceProviderUserName", "Electricity Inc.");
    String invoice =
        withCallback(
            collection,
            "/v2_0/invoice",
            receiver.url("/invoice"),
            InvoiceAndPreApprovalAcceptanceTest.invoice("1", PAYER));
    String approval =
        withCallback(
            collection,
            "/v2_0/preapproval",
            receiver.url("/preapproval"),
            InvoiceAndPreApprovalAcceptanceTest.preApproval(PAYER, 60));
    String paid = withCallback(collection, "/v2_0/payment", receiver.url("/payment"), payment);

    List<Receiver.Received> received = awaitReceived(receiver, 3);
    assertThat(received).extracting(Receiver.Received::method).containsOnly(HttpMethod.PUT);
    assertThat(new JsonObject(byPath(received, "/invoice").body()))
        .isEqualTo(status(collection, "/v2_0/invoice", invoice));
    assertThat(new JsonObject(byPath(received, "/preapproval").body()))
        .isEqualTo(status(collection, "/v2_0/preapproval", approval));
    assertThat(new JsonObject(byPath(received, "/payment").body()))
        .isEqualTo(status(collection, "/v2_0/payment", paid));
  }

  private static String withCallback(ProductApi api, String path, String url, JsonObject body) {
    String ref = SandboxSession.newReference();
    Expect.accepted(
        api.call(HttpMethod.POST, path)
            .header("X-Reference-Id", ref)
            .header("X-Callback-Url", url)
            .json(body)
            .send());
    return ref;
  }

  private static String withCallback(ProductApi api, String path, String url) {
    String ref = SandboxSession.newReference();
    String field = path.contains("withdraw") ? "payer" : "payee";
    Expect.accepted(
        api.call(HttpMethod.POST, path)
            .header("X-Reference-Id", ref)
            .header("X-Callback-Url", url)
            .json(withParty(field, "1", PAYER))
            .send());
    return ref;
  }

  private static JsonObject refundOf(String paid, String amount) {
    return new JsonObject()
        .put("amount", amount)
        .put("currency", "EUR")
        .put("externalId", "refund-1")
        .put("payerMessage", "sorry")
        .put("payeeNote", "refund")
        .put("referenceIdToRefund", paid);
  }

  private static Receiver.Received byPath(List<Receiver.Received> received, String path) {
    return received.stream()
        .filter(r -> r.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no callback to " + path + " in " + received));
  }

  private static List<Receiver.Received> awaitReceived(Receiver receiver, int count) {
    return Awaitility.await(count + " callbacks received")
        .atMost(SandboxSession.DEADLINE)
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> receiver.received().size() >= count ? receiver.received() : null,
            Objects::nonNull);
  }
}
