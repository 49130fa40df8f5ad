package dev.momosim.client;

import static dev.momosim.client.FakeMomo.empty;
import static dev.momosim.client.FakeMomo.inTurn;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.disbursements.Refund;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.ApiVersion;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.remittances.CashTransfer;
import dev.momosim.client.remittances.CashTransferResult;
import dev.momosim.client.remittances.PayerIdentificationType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deposits, refunds (disbursement) and cash transfers (remittance) of issue 20. */
@ExtendWith(VertxExtension.class)
class TransferOperationsTest {

  private static final String REF = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
  private static final String PAID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  private static final Party PAYEE = Party.msisdn("46733123450");
  private static final String DUPLICATE = "{\"code\":\"RESOURCE_ALREADY_EXIST\"}";

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
  void depositsAsV2ByDefaultWithTheTransferBodyAndTheDisbursementKey() {
    momo.on(HttpMethod.POST, "/disbursement/v2_0/deposit", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .disbursements()
                .deposit(new Transfer("50", "EUR", "dep-1", PAYEE, "from shop", "deposit")));
    assertThat(UUID.fromString(ref).version()).isEqualTo(4);
    FakeMomo.Recorded post = last(HttpMethod.POST, "/disbursement/v2_0/deposit");
    assertThat(post.header("Authorization")).isEqualTo("Bearer token-1");
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.DISBURSEMENT_KEY);
    assertThat(post.header("X-Reference-Id")).isEqualTo(ref);
    assertThat(post.header("X-Callback-Url")).isEqualTo("https://shop.example/momo/" + ref);
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"amount\":\"50\",\"currency\":\"EUR\",\"externalId\":\"dep-1\","
                    + "\"payee\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"payerMessage\":\"from shop\",\"payeeNote\":\"deposit\"}"));
  }

  @Test
  void depositsAsV1WhenAskedAndReadsTheDepositUnderV1() {
    momo.on(HttpMethod.POST, "/disbursement/v1_0/deposit", ctx -> empty(ctx, 202));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/deposit/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"externalId\":\"dep-1\",\"amount\":\"50089\",\"currency\":\"EUR\",\"payee\":"
                    + "{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},\"status\":\"SUCCESSFUL\"}"));
    assertThat(
            await(
                client
                    .disbursements()
                    .deposit(
                        ApiVersion.V1,
                        Transfer.of("5", "EUR", PAYEE),
                        new CreateOptions(REF, "https://other.example/cb"))))
        .isEqualTo(REF);
    assertThat(last(HttpMethod.POST, "/disbursement/v1_0/deposit").header("X-Callback-Url"))
        .isEqualTo("https://other.example/cb");
    Transaction deposit = await(client.disbursements().depositStatus(REF));
    assertThat(deposit.isSuccessful()).isTrue();
    assertThat(deposit.financialTransactionId()).isNull();
    assertThat(deposit.party()).isEqualTo(PAYEE);
  }

  @Test
  void confirmsA409AfterALostDepositAnswerAndRefusesADifferentDeposit() {
    momo.on(
        HttpMethod.POST,
        "/disbursement/v2_0/deposit",
        inTurn(
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, DUPLICATE),
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, DUPLICATE)));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/deposit/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"5.00\",\"currency\":\"EUR\",\"payee\":"
                    + "{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},\"status\":\"PENDING\"}"));
    await(client.disbursements().deposit(Transfer.of("5", "EUR", PAYEE)));
    assertThat(awaitFailure(client.disbursements().deposit(Transfer.of("6", "EUR", PAYEE))))
        .isInstanceOf(MomoConflictException.class);
  }

  @Test
  void refundsAsV2ByDefaultNamingThePaymentToRefund() {
    momo.on(HttpMethod.POST, "/disbursement/v2_0/refund", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .disbursements()
                .refund(new Refund("10", "EUR", "r-1", "sorry", "refund", PAID.toUpperCase())));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/disbursement/v2_0/refund");
    assertThat(post.header("X-Reference-Id")).isEqualTo(ref);
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.DISBURSEMENT_KEY);
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"amount\":\"10\",\"currency\":\"EUR\",\"externalId\":\"r-1\","
                    + "\"payerMessage\":\"sorry\",\"payeeNote\":\"refund\","
                    + "\"referenceIdToRefund\":\""
                    + PAID
                    + "\"}"));
  }

  @Test
  void refundsAsV1WhenAskedAndReadsTheRefundWithItsPayee() {
    momo.on(HttpMethod.POST, "/disbursement/v1_0/refund", ctx -> empty(ctx, 202));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/refund/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"10\",\"currency\":\"EUR\",\"financialTransactionId\":\"684835019\","
                    + "\"payee\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"status\":\"SUCCESSFUL\"}"));
    await(
        client
            .disbursements()
            .refund(ApiVersion.V1, Refund.of("10", "EUR", PAID), new CreateOptions(REF, null)));
    assertThat(momo.count(HttpMethod.POST, "/disbursement/v1_0/refund")).isEqualTo(1);
    Transaction refund = await(client.disbursements().refundStatus(REF));
    assertThat(refund.referenceId()).isEqualTo(REF);
    assertThat(refund.financialTransactionId()).isEqualTo("684835019");
    assertThat(refund.party()).isEqualTo(PAYEE);
  }

  @Test
  void reportsARefundOfAnUnknownPaymentAsTheApiError() {
    momo.on(
        HttpMethod.POST,
        "/disbursement/v2_0/refund",
        ctx -> json(ctx, 404, "{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"no such payment\"}"));
    assertThat(awaitFailure(client.disbursements().refund(Refund.of("10", "EUR", PAID))))
        .isInstanceOf(MomoNotFoundException.class);
  }

  @Test
  void readsAFailedRefundWithItsReason() {
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/refund/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"10\",\"currency\":\"EUR\",\"status\":\"FAILED\","
                    + "\"reason\":{\"code\":\"NOT_ENOUGH_FUNDS\",\"message\":\"m\"}}"));
    assertThat(
            await(client.disbursements().refundStatus(REF)).failure().orElseThrow().errorReason())
        .isEqualTo(ErrorReason.NOT_ENOUGH_FUNDS);
  }

  @Test
  void confirmsA409AfterALostRefundAnswerWhenAmountCurrencyAndExternalIdMatch() {
    momo.on(
        HttpMethod.POST,
        "/disbursement/v2_0/refund",
        inTurn(ctx -> ctx.request().connection().close(), ctx -> json(ctx, 409, DUPLICATE)));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/refund/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"10\",\"currency\":\"EUR\",\"externalId\":\"r-1\",\"status\":\"PENDING\"}"));
    String ref =
        await(client.disbursements().refund(new Refund("10.0", "EUR", "r-1", null, null, PAID)));
    assertThat(momo.count(HttpMethod.GET, "/disbursement/v1_0/refund/" + ref)).isEqualTo(1);
  }

  @Test
  void sendsACashTransferWithItsKycFieldsUnderMtnsSpelling() {
    momo.on(HttpMethod.POST, "/remittance/v2_0/cashtransfer", ctx -> empty(ctx, 202));
    CashTransfer transfer =
        CashTransfer.builder("100", "EUR", PAYEE)
            .externalId("ct-1")
            .origin("SE", "1100", "SEK")
            .messages("for you", "from abroad")
            .identification(PayerIdentificationType.PASS, "S1234567")
            .payerIdentity("id-1")
            .payerName("Sand", "Box")
            .payerLanguageCode("sv")
            .payerEmail("sand@box.example")
            .payerMsisdn("46733999999")
            .payerGender("MALE")
            .build();
    String ref = await(client.remittances().cashTransfer(transfer));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/remittance/v2_0/cashtransfer");
    assertThat(post.header("X-Reference-Id")).isEqualTo(ref);
    assertThat(post.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.REMITTANCE_KEY);
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"amount\":\"100\",\"currency\":\"EUR\",\"payee\":{\"partyIdType\":\"MSISDN\","
                    + "\"partyId\":\"46733123450\"},\"externalId\":\"ct-1\","
                    + "\"orginatingCountry\":\"SE\",\"originalAmount\":\"1100\","
                    + "\"originalCurrency\":\"SEK\",\"payerMessage\":\"for you\","
                    + "\"payeeNote\":\"from abroad\",\"payerIdentificationType\":\"PASS\","
                    + "\"payerIdentificationNumber\":\"S1234567\",\"payerIdentity\":\"id-1\","
                    + "\"payerFirstName\":\"Sand\",\"payerSurName\":\"Box\","
                    + "\"payerLanguageCode\":\"sv\",\"payerEmail\":\"sand@box.example\","
                    + "\"payerMsisdn\":\"46733999999\",\"payerGender\":\"MALE\"}"));
  }

  @Test
  void readsACashTransferWithAStringReason() {
    momo.on(
        HttpMethod.GET,
        "/remittance/v2_0/cashtransfer/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"status\":\"FAILED\",\"reason\":\"PAYEE_NOT_FOUND\",\"amount\":\"100\","
                    + "\"currency\":\"EUR\",\"payee\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"orginatingCountry\":\"SE\",\"payerIdentificationType\":\"PASS\","
                    + "\"payerFirstName\":\"Sand\"}"));
    CashTransferResult result = await(client.remittances().cashTransferStatus(REF));
    assertThat(result.referenceId()).isEqualTo(REF);
    assertThat(result.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(result.reason()).isEqualTo("PAYEE_NOT_FOUND");
    assertThat(result.errorReason()).isEqualTo(ErrorReason.PAYEE_NOT_FOUND);
    assertThat(result.payee()).isEqualTo(PAYEE);
    assertThat(result.originatingCountry()).isEqualTo("SE");
    assertThat(result.payerIdentificationType()).isEqualTo("PASS");
    assertThat(result.payerFirstName()).isEqualTo("Sand");
  }

  @Test
  void keepsTheCodeOfAnObjectReasonOnACashTransferAndRefusesABodyWithoutStatus() {
    momo.on(
        HttpMethod.GET,
        "/remittance/v2_0/cashtransfer/" + REF,
        inTurn(
            ctx ->
                json(
                    ctx,
                    200,
                    "{\"status\":\"SUCCESSFUL\",\"financialTransactionId\":\"1\","
                        + "\"reason\":{\"code\":\"X\"}}"),
            ctx -> json(ctx, 200, "{\"amount\":\"1\"}")));
    CashTransferResult done = await(client.remittances().cashTransferStatus(REF));
    assertThat(done.isFinal()).isTrue();
    assertThat(done.reason()).isEqualTo("X");
    assertThat(awaitFailure(client.remittances().cashTransferStatus(REF)))
        .isInstanceOf(MomoProtocolException.class);
  }

  @Test
  void confirmsA409AfterALostCashTransferAnswerWhenThePayeeMatches() {
    momo.on(
        HttpMethod.POST,
        "/remittance/v2_0/cashtransfer",
        inTurn(ctx -> ctx.request().connection().close(), ctx -> json(ctx, 409, DUPLICATE)));
    momo.on(
        HttpMethod.GET,
        "/remittance/v2_0/cashtransfer/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"status\":\"PENDING\",\"amount\":\"100\",\"currency\":\"EUR\",\"payee\":"
                    + "{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"}}"));
    String ref =
        await(client.remittances().cashTransfer(CashTransfer.builder("100", "EUR", PAYEE).build()));
    assertThat(momo.count(HttpMethod.POST, "/remittance/v2_0/cashtransfer")).isEqualTo(2);
    assertThat(momo.count(HttpMethod.GET, "/remittance/v2_0/cashtransfer/" + ref)).isEqualTo(1);
  }

  @Test
  void awaitsADepositAndARefundUntilFinalUnderTheirOwnStatusPaths() {
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/deposit/" + REF,
        inTurn(
            ctx -> json(ctx, 200, "{\"status\":\"PENDING\"}"),
            ctx -> json(ctx, 200, "{\"status\":\"SUCCESSFUL\"}")));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/refund/" + REF,
        ctx -> json(ctx, 200, "{\"status\":\"FAILED\",\"reason\":\"NOT_ENOUGH_FUNDS\"}"));
    assertThat(await(client.disbursements().awaitDeposit(REF, Duration.ofSeconds(5))).status())
        .isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(momo.count(HttpMethod.GET, "/disbursement/v1_0/deposit/" + REF)).isEqualTo(2);
    assertThat(await(client.disbursements().awaitRefund(REF, Duration.ofSeconds(5))).status())
        .isEqualTo(TransactionStatus.FAILED);
  }
}
