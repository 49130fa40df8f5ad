package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.product.Product;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.RawResponse;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The creating operations beyond request-to-pay and transfer (§5 C7, C12-C23, §6 D7-D12, §7 R7-R8),
 * called raw as MTN documents them, their final status bodies validated against MTN's schemas, and
 * the relations between them: a deposit lowers the disbursement balance by its amount, a refund of
 * an unknown payment is refused, the sandbox's rejected payer fails a withdrawal, an approved
 * pre-approval shows in the payer's list.
 */
@Contract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoreOperationsContractTest extends ContractCase {
  private static final Set<String> UNFINISHED = Set.of("PENDING", "CREATED");

  private final MtnSchemas schemas = new MtnSchemas();
  private final SandboxNumbers sandbox = SandboxNumbers.read();

  private static JsonObject withParty(String field, String amount, String msisdn) {
    return new JsonObject()
        .put("amount", amount)
        .put("currency", "EUR")
        .put("externalId", "contract")
        .put(field, new JsonObject().put("partyIdType", "MSISDN").put("partyId", msisdn))
        .put("payerMessage", "contract")
        .put("payeeNote", "contract");
  }

  private Map<String, String> headers(Product product) {
    return new LinkedHashMap<>(target.raw().productHeaders(product, target.credentials(product)));
  }

  private RawResponse send(Product product, HttpMethod method, String path, JsonObject body) {
    return send(product, method, path, body, UUID.randomUUID().toString());
  }

  private RawResponse send(
      Product product, HttpMethod method, String path, JsonObject body, String ref) {
    Map<String, String> headers = headers(product);
    headers.put("X-Reference-Id", ref);
    return target.raw().send(method, product.pathPrefix() + path, headers, body);
  }

  /** POSTs under a fresh reference id; asserts 202; returns the id. */
  private String created(Product product, String path, JsonObject body) {
    String ref = UUID.randomUUID().toString();
    RawResponse answer = send(product, HttpMethod.POST, path, body, ref);
    assertThat(answer.status()).as("POST %s: %s", path, answer.body()).isEqualTo(202);
    return ref;
  }

  /** The status body once it is final (or the deadline passes). */
  private JsonObject settled(Product product, String statusPath) {
    return Awaitility.await("final status of " + statusPath)
        .atMost(target.settleDeadline().plusSeconds(10))
        .pollInterval(Duration.ofMillis(target.isSimulator() ? 10 : 2000))
        .until(
            () -> {
              RawResponse answer =
                  target
                      .raw()
                      .send(
                          HttpMethod.GET,
                          product.pathPrefix() + statusPath,
                          headers(product),
                          null);
              assertThat(answer.status())
                  .as("GET %s: %s", statusPath, answer.body())
                  .isEqualTo(200);
              return UNFINISHED.contains(answer.json().getString("status")) ? null : answer.json();
            },
            Objects::nonNull);
  }

  private BigDecimal balance(Product product) {
    RawResponse answer =
        target
            .raw()
            .send(
                HttpMethod.GET,
                product.pathPrefix() + "/v1_0/account/balance",
                headers(product),
                null);
    assertThat(answer.status()).as("balance: %s", answer.body()).isEqualTo(200);
    return new BigDecimal(answer.json().getString("availableBalance"));
  }

  @Test
  void withdrawalsInBothVersionsEndSuccessfulInRequestToPayResultShape() {
    for (String version : new String[] {"/v1_0", "/v2_0"}) {
      String ref =
          created(
              Product.COLLECTION,
              version + "/requesttowithdraw",
              withParty("payer", "5", Parties.ORDINARY_MSISDN));

      JsonObject body = settled(Product.COLLECTION, "/v1_0/requesttowithdraw/" + ref);

      assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(schemas.violations(Product.COLLECTION, "RequestToPayResult", body)).isEmpty();
    }
  }

  @Test
  void theSandboxsRejectedPayerFailsAWithdrawalApprovalRejected() {
    String rejected = sandbox.payment(Column.REQUEST_TO_PAY, "Rejected").number();
    String ref =
        created(Product.COLLECTION, "/v1_0/requesttowithdraw", withParty("payer", "5", rejected));

    JsonObject body = settled(Product.COLLECTION, "/v1_0/requesttowithdraw/" + ref);

    assertThat(body.getString("status")).isEqualTo("FAILED");
    assertThat(body.getValue("reason")).isEqualTo("APPROVAL_REJECTED");
  }

  @Test
  void aDepositLowersTheDisbursementBalanceByItsAmount() {
    BigDecimal before = balance(Product.DISBURSEMENT);
    String ref =
        created(
            Product.DISBURSEMENT,
            "/v2_0/deposit",
            withParty("payee", "7", Parties.ORDINARY_MSISDN));

    JsonObject body = settled(Product.DISBURSEMENT, "/v1_0/deposit/" + ref);

    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(schemas.violations(Product.DISBURSEMENT, "TransferResult", body)).isEmpty();
    if (target.isSimulator()) { // a shared sandbox account moves under others' deposits too
      assertThat(balance(Product.DISBURSEMENT))
          .isEqualByComparingTo(before.subtract(BigDecimal.valueOf(7)));
    }
  }

  @Test
  void aRefundOfASuccessfulRequestToPayEndsSuccessfulAndOneOfAnUnknownPaymentIsRefused() {
    String paid =
        created(
            Product.COLLECTION,
            "/v1_0/requesttopay",
            withParty("payer", "9", Parties.ORDINARY_MSISDN));
    settled(Product.COLLECTION, "/v1_0/requesttopay/" + paid);
    JsonObject refund =
        new JsonObject()
            .put("amount", "9")
            .put("currency", "EUR")
            .put("externalId", "contract")
            .put("payerMessage", "refund")
            .put("payeeNote", "refund")
            .put("referenceIdToRefund", paid);

    String ref = created(Product.DISBURSEMENT, "/v2_0/refund", refund);
    JsonObject body = settled(Product.DISBURSEMENT, "/v1_0/refund/" + ref);
    RawResponse unknown =
        send(
            Product.DISBURSEMENT,
            HttpMethod.POST,
            "/v1_0/refund",
            refund.copy().put("referenceIdToRefund", UUID.randomUUID().toString()));

    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(schemas.violations(Product.DISBURSEMENT, "RefundResult", body)).isEmpty();
    assertThat(unknown.status())
        .as("refund of an unknown payment: %s", unknown.body())
        .isNotEqualTo(202);
    if (target.isSimulator()) { // MTN documents no answer; the simulator's is docs/api.md's
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json().getString("code")).isEqualTo("RESOURCE_NOT_FOUND");
    }
  }

  @Test
  void aCashTransferEndsSuccessfulInCashTransferResultShape() {
    JsonObject transfer =
        withParty("payee", "11", Parties.ORDINARY_MSISDN)
            .put("orginatingCountry", "SE")
            .put("originalAmount", "110")
            .put("originalCurrency", "SEK")
            .put("payerIdentificationType", "PASS")
            .put("payerIdentificationNumber", "S1234567")
            .put("payerFirstName", "Sand")
            .put("payerSurName", "Box");

    String ref = created(Product.REMITTANCE, "/v2_0/cashtransfer", transfer);
    JsonObject body = settled(Product.REMITTANCE, "/v2_0/cashtransfer/" + ref);

    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(schemas.violations(Product.REMITTANCE, "CashTransferResult", body)).isEmpty();
  }

  @Test
  void aPaymentEndsSuccessfulInPaymentResultShape() {
    JsonObject payment =
        new JsonObject()
            .put("externalTransactionId", "contract")
            .put("money", new JsonObject().put("amount", "3").put("currency", "EUR"))
            .put("customerReference", "46733123450")
            .put("serviceProviderUserName", "Electricity Inc.")
            .put("receiverMessage", "contract")
            .put("senderNote", "contract");
    created(
        Product.COLLECTION, "/v1_0/requesttopay", withParty("payer", "3", Parties.ORDINARY_MSISDN));

    String ref = created(Product.COLLECTION, "/v2_0/payment", payment);
    JsonObject body = settled(Product.COLLECTION, "/v2_0/payment/" + ref);

    assertThat(body.getString("status")).isIn("SUCCESSFUL", "FAILED");
    assertThat(schemas.violations(Product.COLLECTION, "PaymentResult", body))
        .extracting(MtnSchemas.Violation::at)
        .as("at most a plain-string reason breaks the spec")
        .isSubsetOf("#/reason");
    if (target.isSimulator()) { // the request-to-pay above funded the collection account
      assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(schemas.violations(Product.COLLECTION, "PaymentResult", body)).isEmpty();
    }
  }

  @Test
  void aPaidInvoiceConformsToInvoiceResult() {
    JsonObject invoice =
        new JsonObject()
            .put("externalId", "contract")
            .put("amount", "4")
            .put("currency", "EUR")
            .put("validityDuration", "3600")
            .put(
                "intendedPayer",
                new JsonObject()
                    .put("partyIdType", "MSISDN")
                    .put("partyId", Parties.ORDINARY_MSISDN))
            .put(
                "payee",
                new JsonObject().put("partyIdType", "MSISDN").put("partyId", "46733123450"))
            .put("description", "contract");

    String ref = created(Product.COLLECTION, "/v2_0/invoice", invoice);
    JsonObject body = settled(Product.COLLECTION, "/v2_0/invoice/" + ref);

    assertThat(body.getString("referenceId")).isEqualTo(ref);
    assertThat(schemas.violations(Product.COLLECTION, "InvoiceResult", body)).isEmpty();
  }

  @Test
  void anApprovedPreApprovalConformsToItsSchemasAndShowsInThePayersList() {
    String payer = "4673" + (100_000_000 + (int) (Math.random() * 800_000_000)); // a fresh payer
    JsonObject preApproval =
        new JsonObject()
            .put("payer", new JsonObject().put("partyIdType", "MSISDN").put("partyId", payer))
            .put("payerCurrency", "EUR")
            .put("payerMessage", "contract")
            .put("validityTime", 3600);

    String ref = created(Product.COLLECTION, "/v2_0/preapproval", preApproval);
    JsonObject body = settled(Product.COLLECTION, "/v2_0/preapproval/" + ref);
    RawResponse list =
        target
            .raw()
            .send(
                HttpMethod.GET,
                "/collection/v1_0/preapprovals/msisdn/" + payer,
                headers(Product.COLLECTION),
                null);

    assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(schemas.violations(Product.COLLECTION, "PreApprovalResult", body)).isEmpty();
    assertThat(list.status()).as("%s", list.body()).isEqualTo(200);
    JsonArray approved = new JsonArray(list.body());
    assertThat(approved).isNotEmpty();
    JsonObject details = approved.getJsonObject(0);
    assertThat(details.getString("preApprovalId")).isEqualTo(ref);
    assertThat(schemas.violations(Product.COLLECTION, "PreApprovalDetails", details)).isEmpty();
  }

  @Test
  void aDeliveryNotificationOfASuccessfulPaymentIs200AndARepeat429() {
    String paid =
        created(
            Product.COLLECTION,
            "/v1_0/requesttopay",
            withParty("payer", "2", Parties.ORDINARY_MSISDN));
    settled(Product.COLLECTION, "/v1_0/requesttopay/" + paid);
    String path = "/collection/v1_0/requesttopay/" + paid + "/deliverynotification";
    Map<String, String> headers = headers(Product.COLLECTION);
    headers.put("notificationMessage", "Delivered");
    JsonObject body = new JsonObject().put("notificationMessage", "Delivered");

    RawResponse first = target.raw().send(HttpMethod.POST, path, headers, body);
    RawResponse again = target.raw().send(HttpMethod.POST, path, headers, body);

    assertThat(first.status()).as("%s", first.body()).isEqualTo(200);
    assertThat(again.status()).as("%s", again.body()).isEqualTo(429);
  }

  @Test
  void everyNewCreatingOperationAnswers409ToAReusedReferenceId() {
    String deposit =
        created(
            Product.DISBURSEMENT,
            "/v1_0/deposit",
            withParty("payee", "1", Parties.ORDINARY_MSISDN));
    String withdrawal =
        created(
            Product.COLLECTION,
            "/v2_0/requesttowithdraw",
            withParty("payer", "1", Parties.ORDINARY_MSISDN));

    RawResponse depositAgain =
        send(
            Product.DISBURSEMENT,
            HttpMethod.POST,
            "/v1_0/deposit",
            withParty("payee", "1", Parties.ORDINARY_MSISDN),
            deposit);
    RawResponse withdrawalAgain =
        send(
            Product.COLLECTION,
            HttpMethod.POST,
            "/v2_0/requesttowithdraw",
            withParty("payer", "1", Parties.ORDINARY_MSISDN),
            withdrawal);

    assertThat(depositAgain.status()).isEqualTo(409);
    assertThat(withdrawalAgain.status()).isEqualTo(409);
    assertThat(depositAgain.json().getString("code")).isEqualTo("RESOURCE_ALREADY_EXIST");
  }
}
