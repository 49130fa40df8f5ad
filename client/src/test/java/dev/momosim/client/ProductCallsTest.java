package dev.momosim.client;

import static dev.momosim.client.FakeMomo.empty;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.Balance;
import dev.momosim.client.model.BasicUserInfo;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.FailureReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PartyIdType;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.model.Transfer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ProductCallsTest {

  private static final String REF = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
  private FakeMomo momo;
  private MomoClient client;

  @BeforeEach
  void start(Vertx vertx) {
    momo = await(FakeMomo.start(vertx));
    client =
        TestClients.builder(momo, vertx)
            .callbackUrl("https://shop.example/momo/{referenceId}")
            .build();
  }

  private FakeMomo.Recorded last(HttpMethod method, String path) {
    return momo.requests().stream()
        .filter(r -> r.method() == method && r.path().equals(path))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  @Test
  void sendsARequestToPayWithHeadersAndAStringAmountAndReturnsAGeneratedUuidV4() {
    momo.on(HttpMethod.POST, "/collection/v1_0/requesttopay", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .collections()
                .requestToPay(
                    new RequestToPay(
                        "12.50",
                        "EUR",
                        "order-1",
                        Party.msisdn("46733123450"),
                        "Pay for order 1",
                        "Order 1")));

    assertThat(UUID.fromString(ref).version()).isEqualTo(4);
    FakeMomo.Recorded post = last(HttpMethod.POST, "/collection/v1_0/requesttopay");
    assertThat(post.header("X-Reference-Id")).isEqualTo(ref);
    assertThat(post.header("Authorization")).isEqualTo("Bearer token-1");
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.COLLECTION_KEY);
    assertThat(post.header("X-Target-Environment")).isEqualTo("sandbox");
    assertThat(post.header("X-Callback-Url")).isEqualTo("https://shop.example/momo/" + ref);
    assertThat(post.header("Content-Type")).startsWith("application/json");
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"amount\":\"12.50\",\"currency\":\"EUR\","
                    + "\"externalId\":\"order-1\",\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"payerMessage\":\"Pay for order 1\",\"payeeNote\":\"Order 1\"}"));
  }

  @Test
  void usesTheCallersReferenceIdAndCallbackUrl() {
    momo.on(HttpMethod.POST, "/disbursement/v1_0/transfer", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .disbursements()
                .transfer(
                    Transfer.of("5", "EUR", Party.msisdn("46733123451")),
                    new CreateOptions(REF, "https://other.example/cb")));
    assertThat(ref).isEqualTo(REF);
    FakeMomo.Recorded post = last(HttpMethod.POST, "/disbursement/v1_0/transfer");
    assertThat(post.header("X-Reference-Id")).isEqualTo(REF);
    assertThat(post.header("X-Callback-Url")).isEqualTo("https://other.example/cb");
    assertThat(new JsonObject(post.body()).getJsonObject("payee").getString("partyId"))
        .isEqualTo("46733123451");
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.DISBURSEMENT_KEY);
  }

  @Test
  void sendsTheScenarioHeaderOnlyOnTheCallThatSetsIt() {
    momo.on(HttpMethod.POST, "/collection/v1_0/requesttopay", ctx -> empty(ctx, 202));
    RequestToPay payment =
        new RequestToPay("5", "EUR", "order-2", Party.msisdn("46733123450"), null, null);

    await(
        client
            .collections()
            .requestToPay(
                payment, CreateOptions.defaults().withScenario("FAILED:APPROVAL_REJECTED")));
    FakeMomo.Recorded forced = last(HttpMethod.POST, "/collection/v1_0/requesttopay");
    await(client.collections().requestToPay(payment));
    FakeMomo.Recorded plain = last(HttpMethod.POST, "/collection/v1_0/requesttopay");

    assertThat(forced.header("X-Momo-Sim-Scenario")).isEqualTo("FAILED:APPROVAL_REJECTED");
    assertThat(plain.header("X-Momo-Sim-Scenario")).isNull();
  }

  @Test
  void sendsTheScenarioOnEveryKindOfCreatingCall() {
    momo.on(HttpMethod.POST, "/disbursement/v2_0/deposit", ctx -> empty(ctx, 202));
    momo.on(HttpMethod.POST, "/remittance/v1_0/transfer", ctx -> empty(ctx, 202));
    CreateOptions manual = CreateOptions.defaults().withScenario("MANUAL");

    await(
        client
            .disbursements()
            .deposit(Transfer.of("5", "EUR", Party.msisdn("46733123451")), manual));
    await(
        client
            .remittances()
            .transfer(Transfer.of("5", "EUR", Party.msisdn("46733123451")), manual));

    assertThat(last(HttpMethod.POST, "/disbursement/v2_0/deposit").header("X-Momo-Sim-Scenario"))
        .isEqualTo("MANUAL");
    assertThat(last(HttpMethod.POST, "/remittance/v1_0/transfer").header("X-Momo-Sim-Scenario"))
        .isEqualTo("MANUAL");
  }

  @Test
  void sendsRemittanceTransfersUnderTheRemittancePrefixWithItsOwnKey() {
    momo.on(HttpMethod.POST, "/remittance/v1_0/transfer", ctx -> empty(ctx, 202));
    await(client.remittances().transfer(Transfer.of("5", "EUR", Party.email("a@b.example"))));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/remittance/v1_0/transfer");
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.REMITTANCE_KEY);
    assertThat(momo.count(HttpMethod.POST, "/remittance/token/")).isEqualTo(1);
  }

  @Test
  void readsASuccessfulTransactionWithItsFinancialTransactionId() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/requesttopay/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"financialTransactionId\":"
                    + "\"1195582132\",\"externalId\":\"x\",\"amount\":\"50000\",\"currency\":\"EUR\",\"payer\":{\"partyIdType\":"
                    + "\"MSISDN\",\"partyId\":\"56733123452\"},\"payerMessage\":\"m\",\"payeeNote\":\"n\",\"status\":\"SUCCESSFUL\"}"));
    Transaction transaction = await(client.collections().status(REF));
    assertThat(transaction.referenceId()).isEqualTo(REF);
    assertThat(transaction.isSuccessful()).isTrue();
    assertThat(transaction.financialTransactionId()).isEqualTo("1195582132");
    assertThat(transaction.party()).isEqualTo(Party.msisdn("56733123452"));
    assertThat(transaction.failure()).isEmpty();
  }

  @Test
  void readsAFailedTransactionAsAValueWithAStringReason() {
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/transfer/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"50\",\"currency\":"
                    + "\"EUR\",\"payee\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},\"status\":\"FAILED\","
                    + "\"reason\":\"NOT_ENOUGH_FUNDS\"}"));
    Transaction transaction = await(client.disbursements().status(REF));
    assertThat(transaction.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(transaction.failure().orElseThrow().errorReason())
        .isEqualTo(ErrorReason.NOT_ENOUGH_FUNDS);
  }

  @Test
  void readsAFailedTransactionWithAnObjectReason() {
    momo.on(
        HttpMethod.GET,
        "/remittance/v1_0/transfer/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"5\",\"currency\":"
                    + "\"EUR\",\"status\":\"FAILED\",\"reason\":{\"code\":\"PAYER_NOT_FOUND\",\"message\":\"Payee does not exist\"}}"));
    FailureReason reason = await(client.remittances().status(REF)).failure().orElseThrow();
    assertThat(reason.errorReason()).isEqualTo(ErrorReason.PAYER_NOT_FOUND);
    assertThat(reason.message()).isEqualTo("Payee does not exist");
  }

  @Test
  void reportsAnUnknownStatusOrABrokenBodyAsAProtocolFailure() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/requesttopay/:ref",
        FakeMomo.inTurn(
            ctx -> json(ctx, 200, "{\"status\":\"REJECTED\"}"),
            ctx -> json(ctx, 200, "{not json")));
    assertThat(awaitFailure(client.collections().status(REF)))
        .isInstanceOf(MomoProtocolException.class)
        .hasMessageContaining("REJECTED");
    assertThat(awaitFailure(client.collections().status(REF)))
        .isInstanceOf(MomoProtocolException.class);
  }

  @Test
  void readsBalancesInTheDefaultAndAGivenCurrency() {
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/account/balance",
        ctx -> json(ctx, 200, "{\"availableBalance\":\"1000\",\"currency\":\"EUR\"}"));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/account/balance/EUR",
        ctx -> json(ctx, 200, "{\"availableBalance\":\"999.5\",\"currency\":\"EUR\"}"));
    assertThat(await(client.disbursements().balance())).isEqualTo(new Balance("1000", "EUR"));
    assertThat(await(client.disbursements().balance("eur")).amount()).isEqualByComparingTo("999.5");
  }

  @Test
  void checksAnAccountHolderWithALowerCaseTypeInThePath() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/accountholder/msisdn/46733123450/active",
        ctx -> json(ctx, 200, "{\"result\":true}"));
    momo.on(
        HttpMethod.GET,
        "/remittance/v1_0/accountholder/party_code/ABC/active",
        ctx -> json(ctx, 200, "{\"result\":false}"));
    assertThat(await(client.collections().isAccountHolderActive(Party.msisdn("46733123450"))))
        .isTrue();
    assertThat(
            await(
                client
                    .remittances()
                    .isAccountHolderActive(new Party(PartyIdType.PARTY_CODE, "ABC"))))
        .isFalse();
  }

  @Test
  void readsBasicUserInfo() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/accountholder/msisdn/46733123450/basicuserinfo",
        ctx ->
            json(
                ctx,
                200,
                "{\"given_name\":\"Sand\",\"family_name\":\"Box\",\"birthdate\":\"1976-08-13\","
                    + "\"locale\":\"sv_SE\",\"gender\":\"MALE\"}"));
    assertThat(await(client.collections().basicUserInfo(Party.msisdn("46733123450"))))
        .isEqualTo(new BasicUserInfo("Sand", "Box", "1976-08-13", "sv_SE", "MALE", null));
  }

  @Test
  void mapsAnUnknownReferenceToNotFound() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/requesttopay/:ref",
        ctx ->
            json(
                ctx,
                404,
                "{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Requested resource was not found.\"}"));
    MomoNotFoundException failure =
        (MomoNotFoundException) awaitFailure(client.collections().status(REF));
    assertThat(failure.referenceId()).isEqualTo(REF);
    assertThat(failure.reason()).isEqualTo(ErrorReason.RESOURCE_NOT_FOUND);
  }
}
