package dev.momosim.client;

import static dev.momosim.client.FakeMomo.empty;
import static dev.momosim.client.FakeMomo.inTurn;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.AccountHolderIdType;
import dev.momosim.client.collections.CreateInvoice;
import dev.momosim.client.collections.CreatePayment;
import dev.momosim.client.collections.InvoiceResult;
import dev.momosim.client.collections.PaymentResult;
import dev.momosim.client.collections.PreApproval;
import dev.momosim.client.collections.PreApprovalDetails;
import dev.momosim.client.collections.PreApprovalResult;
import dev.momosim.client.collections.PreApprovalStatus;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.exception.MomoRateLimitException;
import dev.momosim.client.model.ApiVersion;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The collection operations of issue 20: the exact requests sent and the answers read. */
@ExtendWith(VertxExtension.class)
class CollectionOperationsTest {

  private static final String REF = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
  private static final Party PAYER = Party.msisdn("46733123450");
  private static final RequestToPay WITHDRAWAL =
      new RequestToPay("20", "EUR", "w-1", PAYER, "cash out", "thanks");

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

  private static void assertAuthorised(FakeMomo.Recorded request) {
    assertThat(request.header("Authorization")).isEqualTo("Bearer token-1");
    assertThat(request.header("Ocp-Apim-Subscription-Key")).isEqualTo(TestClients.COLLECTION_KEY);
    assertThat(request.header("X-Target-Environment")).isEqualTo("sandbox");
  }

  @Test
  void sendsARequestToWithdrawAsV2ByDefaultWithTheRequestToPayBody() {
    momo.on(HttpMethod.POST, "/collection/v2_0/requesttowithdraw", ctx -> empty(ctx, 202));
    String ref = await(client.collections().requestToWithdraw(WITHDRAWAL));

    assertThat(UUID.fromString(ref).version()).isEqualTo(4);
    FakeMomo.Recorded post = last(HttpMethod.POST, "/collection/v2_0/requesttowithdraw");
    assertAuthorised(post);
    assertThat(post.header("X-Reference-Id")).isEqualTo(ref);
    assertThat(post.header("X-Callback-Url")).isEqualTo("https://shop.example/momo/" + ref);
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"amount\":\"20\",\"currency\":\"EUR\",\"externalId\":\"w-1\","
                    + "\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"payerMessage\":\"cash out\",\"payeeNote\":\"thanks\"}"));
  }

  @Test
  void sendsARequestToWithdrawAsV1WhenAskedWithTheCallersReferenceId() {
    momo.on(HttpMethod.POST, "/collection/v1_0/requesttowithdraw", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .collections()
                .requestToWithdraw(ApiVersion.V1, WITHDRAWAL, new CreateOptions(REF, null)));
    assertThat(ref).isEqualTo(REF);
    assertThat(last(HttpMethod.POST, "/collection/v1_0/requesttowithdraw").header("X-Reference-Id"))
        .isEqualTo(REF);
    assertThat(momo.count(HttpMethod.POST, "/collection/v2_0/requesttowithdraw")).isZero();
  }

  @Test
  void readsAWithdrawalUnderV1WithItsReason() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/requesttowithdraw/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"20\",\"currency\":\"EUR\",\"payer\":{\"partyIdType\":\"MSISDN\","
                    + "\"partyId\":\"46733123451\"},\"status\":\"FAILED\",\"reason\":\"APPROVAL_REJECTED\"}"));
    Transaction withdrawal = await(client.collections().requestToWithdrawStatus(REF));
    assertThat(withdrawal.referenceId()).isEqualTo(REF);
    assertThat(withdrawal.party()).isEqualTo(Party.msisdn("46733123451"));
    assertThat(withdrawal.failure().orElseThrow().errorReason())
        .isEqualTo(ErrorReason.APPROVAL_REJECTED);
  }

  @Test
  void confirmsA409AfterALostWithdrawalAnswerWithTheV1StatusRead() {
    String post = "/collection/v2_0/requesttowithdraw";
    momo.on(
        HttpMethod.POST,
        post,
        inTurn(
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}")));
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/requesttowithdraw/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"amount\":\"20.0\",\"currency\":\"EUR\",\"externalId\":\"w-1\",\"payer\":"
                    + "{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},\"status\":\"PENDING\"}"));
    String ref = await(client.collections().requestToWithdraw(WITHDRAWAL));
    assertThat(momo.count(HttpMethod.POST, post)).isEqualTo(2);
    assertThat(momo.count(HttpMethod.GET, "/collection/v1_0/requesttowithdraw/" + ref))
        .isEqualTo(1);
  }

  @Test
  void sendsADeliveryNotificationInTheHeaderAndTheBody() {
    String path = "/collection/v1_0/requesttopay/" + REF + "/deliverynotification";
    momo.on(HttpMethod.POST, path, ctx -> empty(ctx, 200));
    await(client.collections().deliveryNotification(REF, "Your order's shipped & paid", "en"));

    FakeMomo.Recorded post = last(HttpMethod.POST, path);
    assertAuthorised(post);
    assertThat(post.header("notificationMessage")).isEqualTo("Your order's shipped & paid");
    assertThat(post.header("Language")).isEqualTo("en");
    assertThat(post.header("Content-Type")).startsWith("application/json");
    assertThat(new JsonObject(post.body()))
        .isEqualTo(new JsonObject().put("notificationMessage", "Your order's shipped & paid"));
  }

  @Test
  void sendsNoLanguageHeaderWhenNoneIsGiven() {
    String path = "/collection/v1_0/requesttopay/" + REF + "/deliverynotification";
    momo.on(HttpMethod.POST, path, ctx -> empty(ctx, 200));
    await(client.collections().deliveryNotification(REF, "Shipped"));
    assertThat(last(HttpMethod.POST, path).header("Language")).isNull();
  }

  @Test
  void reportsARepeatedDeliveryNotificationAsRateLimitedWithoutRetrying() {
    String path = "/collection/v1_0/requesttopay/" + REF + "/deliverynotification";
    momo.on(HttpMethod.POST, path, ctx -> json(ctx, 429, "{\"message\":\"Too many requests\"}"));
    assertThat(awaitFailure(client.collections().deliveryNotification(REF, "Shipped")))
        .isInstanceOf(MomoRateLimitException.class);
    assertThat(momo.count(HttpMethod.POST, path)).isEqualTo(1);
  }

  @Test
  void treatsA429AfterALostDeliveryNotificationAnswerAsDelivered() {
    String path = "/collection/v1_0/requesttopay/" + REF + "/deliverynotification";
    momo.on(
        HttpMethod.POST,
        path,
        inTurn(ctx -> ctx.request().connection().close(), ctx -> empty(ctx, 429)));
    await(client.collections().deliveryNotification(REF, "Shipped"));
    assertThat(momo.count(HttpMethod.POST, path)).isEqualTo(2);
  }

  @Test
  void mapsADeliveryNotificationForAnUnsettledPaymentToTheApiError() {
    String path = "/collection/v1_0/requesttopay/" + REF + "/deliverynotification";
    momo.on(
        HttpMethod.POST,
        path,
        inTurn(
            ctx -> json(ctx, 409, "{\"code\":\"TRANSACTION_NOT_COMPLETED\",\"message\":\"no\"}"),
            ctx -> json(ctx, 404, "{\"code\":\"RESOURCE_NOT_FOUND\"}")));
    MomoApiException conflict =
        (MomoApiException) awaitFailure(client.collections().deliveryNotification(REF, "m"));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.reason()).isEqualTo(ErrorReason.TRANSACTION_NOT_COMPLETED);
    assertThat(awaitFailure(client.collections().deliveryNotification(REF, "m")))
        .isInstanceOf(MomoNotFoundException.class);
  }

  @Test
  void createsAnInvoiceWithTheDurationAsAStringAndBothParties() {
    momo.on(HttpMethod.POST, "/collection/v2_0/invoice", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .collections()
                .invoices()
                .create(
                    new CreateInvoice(
                        "inv-1",
                        "700",
                        "EUR",
                        3600,
                        PAYER,
                        Party.msisdn("46733000001"),
                        "MoMo Invoice API"),
                    new CreateOptions(REF, null)));
    assertThat(ref).isEqualTo(REF);
    FakeMomo.Recorded post = last(HttpMethod.POST, "/collection/v2_0/invoice");
    assertAuthorised(post);
    assertThat(post.header("X-Reference-Id")).isEqualTo(REF);
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"externalId\":\"inv-1\",\"amount\":\"700\",\"currency\":\"EUR\","
                    + "\"validityDuration\":\"3600\",\"intendedPayer\":{\"partyIdType\":\"MSISDN\","
                    + "\"partyId\":\"46733123450\"},\"payee\":{\"partyIdType\":\"MSISDN\","
                    + "\"partyId\":\"46733000001\"},\"description\":\"MoMo Invoice API\"}"));
  }

  @Test
  void readsAnInvoiceWithItsErrorReason() {
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/invoice/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"referenceId\":\""
                    + REF
                    + "\",\"externalId\":\"inv-1\",\"amount\":\"700\",\"currency\":\"EUR\","
                    + "\"status\":\"FAILED\",\"invoiceId\":\"1308629355\","
                    + "\"expiryDateTime\":\"2024-11-10T17:36:25.698\","
                    + "\"errorReason\":{\"code\":\"EXPIRED\",\"message\":\"Invoice expired\"},"
                    + "\"intendedPayer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"description\":\"d\"}"));
    InvoiceResult invoice = await(client.collections().invoices().status(REF));
    assertThat(invoice.referenceId()).isEqualTo(REF);
    assertThat(invoice.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(invoice.invoiceId()).isEqualTo("1308629355");
    assertThat(invoice.expiryDateTime()).isEqualTo("2024-11-10T17:36:25.698");
    assertThat(invoice.intendedPayer()).isEqualTo(PAYER);
    assertThat(invoice.failure().orElseThrow().errorReason()).isEqualTo(ErrorReason.EXPIRED);
    assertThat(invoice.errorReason().message()).isEqualTo("Invoice expired");
  }

  @Test
  void readsEveryInvoiceStatusIncludingCreated() {
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/invoice/" + REF,
        inTurn(
            ctx -> json(ctx, 200, "{\"status\":\"CREATED\"}"),
            ctx -> json(ctx, 200, "{\"status\":\"PENDING\"}"),
            ctx -> json(ctx, 200, "{\"status\":\"SUCCESSFUL\",\"paymentReference\":\"1165\"}"),
            ctx -> json(ctx, 200, "{\"status\":\"REJECTED\"}")));
    assertThat(await(client.collections().invoices().status(REF)).status())
        .isEqualTo(TransactionStatus.CREATED);
    assertThat(await(client.collections().invoices().status(REF)).status())
        .isEqualTo(TransactionStatus.PENDING);
    InvoiceResult paid = await(client.collections().invoices().status(REF));
    assertThat(paid.paymentReference()).isEqualTo("1165");
    assertThat(paid.failure()).isEmpty();
    assertThat(awaitFailure(client.collections().invoices().status(REF)))
        .isInstanceOf(MomoProtocolException.class)
        .hasMessageContaining("REJECTED");
  }

  @Test
  void cancelsAnInvoiceWithItsReferenceIdInThePathAndHeaderAndTheExternalIdInTheBody() {
    momo.on(
        HttpMethod.DELETE,
        "/collection/v2_0/invoice/" + REF,
        ctx -> json(ctx, 200, "{\"externalId\":\"inv-1\"}"));
    await(client.collections().invoices().cancel(REF, "inv-1"));
    FakeMomo.Recorded delete = last(HttpMethod.DELETE, "/collection/v2_0/invoice/" + REF);
    assertAuthorised(delete);
    assertThat(delete.header("X-Reference-Id")).isEqualTo(REF);
    assertThat(new JsonObject(delete.body()))
        .isEqualTo(new JsonObject().put("externalId", "inv-1"));
  }

  @Test
  void reportsCancellingAnUnknownInvoiceAsNotFound() {
    momo.on(
        HttpMethod.DELETE,
        "/collection/v2_0/invoice/:ref",
        ctx -> json(ctx, 404, "{\"code\":\"RESOURCE_NOT_FOUND\"}"));
    MomoNotFoundException failure =
        (MomoNotFoundException) awaitFailure(client.collections().invoices().cancel(REF, null));
    assertThat(failure.referenceId()).isEqualTo(REF);
  }

  @Test
  void reportsA409AfterALostInvoiceAnswerAsConflictWhenTheStoredInvoiceDiffers() {
    momo.on(
        HttpMethod.POST,
        "/collection/v2_0/invoice",
        inTurn(
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}"),
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}")));
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/invoice/:ref",
        inTurn(
            ctx ->
                json(ctx, 200, "{\"amount\":\"999\",\"currency\":\"EUR\",\"status\":\"PENDING\"}"),
            ctx ->
                json(
                    ctx, 200, "{\"amount\":\"700\",\"currency\":\"EUR\",\"status\":\"PENDING\"}")));
    assertThat(
            awaitFailure(
                client.collections().invoices().create(CreateInvoice.of("700", "EUR", 60, PAYER))))
        .isInstanceOf(dev.momosim.client.exception.MomoConflictException.class);
    String ref =
        await(client.collections().invoices().create(CreateInvoice.of("700", "EUR", 60, PAYER)));
    assertThat(momo.count(HttpMethod.GET, "/collection/v2_0/invoice/" + ref)).isEqualTo(1);
  }

  @Test
  void asksForAPreApprovalWithAnIntegerValidityTime() {
    momo.on(HttpMethod.POST, "/collection/v2_0/preapproval", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .collections()
                .preApprovals()
                .create(new PreApproval(PAYER, "eur", "Monthly plan", 86400L)));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/collection/v2_0/preapproval");
    assertAuthorised(post);
    assertThat(post.header("X-Reference-Id")).isEqualTo(ref);
    assertThat(post.header("X-Callback-Url")).isEqualTo("https://shop.example/momo/" + ref);
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"payerCurrency\":\"EUR\",\"payerMessage\":\"Monthly plan\",\"validityTime\":86400}"));
  }

  @Test
  void readsAPreApprovalRequest() {
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/preapproval/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"payerCurrency\":\"EUR\",\"payerMessage\":\"m\",\"status\":\"SUCCESSFUL\","
                    + "\"expirationDateTime\":\"2026-12-05T20:00:00\"}"));
    PreApprovalResult result = await(client.collections().preApprovals().status(REF));
    assertThat(result)
        .isEqualTo(
            new PreApprovalResult(
                REF, PAYER, "EUR", "m", TransactionStatus.SUCCESSFUL, "2026-12-05T20:00:00", null));
  }

  @Test
  void readsAFailedPreApprovalWithItsReason() {
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/preapproval/" + REF,
        ctx ->
            json(
                ctx,
                200,
                "{\"status\":\"FAILED\",\"reason\":{\"code\":\"APPROVAL_REJECTED\",\"message\":\"no\"}}"));
    assertThat(
            await(client.collections().preApprovals().status(REF))
                .failure()
                .orElseThrow()
                .errorReason())
        .isEqualTo(ErrorReason.APPROVAL_REJECTED);
  }

  @Test
  void listsThePayersPreApprovalsWithEveryStatus() {
    String entry =
        "{\"preApprovalId\":\"%s\",\"toFri\":\"FRI:1/MM\",\"fromFri\":\"FRI:46733123450/MSISDN\","
            + "\"fromCurrency\":\"EUR\",\"createdTime\":\"2026-12-05T19:00:00\","
            + "\"status\":\"%s\",\"message\":\"m\",\"frequency\":\"MONTHLY\",\"maxDebitAmount\":\"50\"}";
    StringBuilder list = new StringBuilder("[");
    PreApprovalStatus[] statuses = PreApprovalStatus.values();
    for (int i = 0; i < statuses.length; i++) {
      list.append(i == 0 ? "" : ",").append(String.format(entry, "pa-" + i, statuses[i]));
    }
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/preapprovals/msisdn/46733123450",
        ctx -> json(ctx, 200, list.append("]").toString()));
    List<PreApprovalDetails> details = await(client.collections().preApprovals().approved(PAYER));
    assertThat(details).extracting(PreApprovalDetails::status).containsExactly(statuses);
    assertThat(details.get(0).preApprovalId()).isEqualTo("pa-0");
    assertThat(details.get(0).fromFri()).isEqualTo("FRI:46733123450/MSISDN");
    assertThat(details.get(0).frequency()).isEqualTo("MONTHLY");
    assertThat(details.get(0).maxDebitAmount()).isEqualTo("50");
    assertAuthorised(last(HttpMethod.GET, "/collection/v1_0/preapprovals/msisdn/46733123450"));
  }

  @Test
  void listsNoPreApprovalsAsAnEmptyListForAnyHolderType() {
    momo.on(
        HttpMethod.GET, "/collection/v1_0/preapprovals/alias/shop", ctx -> json(ctx, 200, "[]"));
    assertThat(
            await(client.collections().preApprovals().approved(AccountHolderIdType.ALIAS, "shop")))
        .isEmpty();
  }

  @Test
  void reportsAPreApprovalListThatIsNotAnArrayAsAProtocolFailure() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/preapprovals/email/a%40b.example",
        ctx -> json(ctx, 200, "{\"status\":\"APPROVED\"}"));
    assertThat(
            awaitFailure(client.collections().preApprovals().approved(Party.email("a@b.example"))))
        .isInstanceOf(MomoProtocolException.class);
  }

  @Test
  void cancelsAPreApprovalByItsIdWithADelete() {
    momo.on(HttpMethod.DELETE, "/collection/v1_0/preapproval/pa-1", ctx -> empty(ctx, 200));
    await(client.collections().preApprovals().cancel("pa-1"));
    FakeMomo.Recorded delete = last(HttpMethod.DELETE, "/collection/v1_0/preapproval/pa-1");
    assertAuthorised(delete);
    assertThat(delete.body()).isNullOrEmpty();
  }

  @Test
  void confirmsA409AfterALostPreApprovalAnswerWhenThePayerAndCurrencyMatch() {
    momo.on(
        HttpMethod.POST,
        "/collection/v2_0/preapproval",
        inTurn(
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}")));
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/preapproval/:ref",
        ctx ->
            json(
                ctx,
                200,
                "{\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                    + "\"payerCurrency\":\"EUR\",\"status\":\"PENDING\"}"));
    String ref =
        await(client.collections().preApprovals().create(PreApproval.of(PAYER, "EUR", 60)));
    assertThat(momo.count(HttpMethod.POST, "/collection/v2_0/preapproval")).isEqualTo(2);
    assertThat(momo.count(HttpMethod.GET, "/collection/v2_0/preapproval/" + ref)).isEqualTo(1);
  }

  @Test
  void mapsAPendingPreApprovalRefusalToTheApiError() {
    momo.on(
        HttpMethod.POST,
        "/collection/v2_0/preapproval",
        ctx ->
            json(
                ctx,
                409,
                "{\"code\":\"PREAPPROVAL_EXIST_PENDING\",\"message\":\"A pending one exists\"}"));
    MomoApiException failure =
        (MomoApiException)
            awaitFailure(
                client.collections().preApprovals().create(PreApproval.of(PAYER, "EUR", 60)));
    assertThat(failure.reason()).isEqualTo(ErrorReason.PREAPPROVAL_EXIST_PENDING);
  }

  @Test
  void createsAPaymentWithTheAmountInMoneyAndTypedNumbers() {
    momo.on(HttpMethod.POST, "/collection/v2_0/payment", ctx -> empty(ctx, 202));
    String ref =
        await(
            client
                .collections()
                .payments()
                .create(
                    new CreatePayment(
                        "ext-1",
                        "50",
                        "EUR",
                        "customer-9",
                        "provider",
                        "c1",
                        "p1",
                        "po1",
                        "receiver",
                        "sender",
                        2,
                        true)));
    FakeMomo.Recorded post = last(HttpMethod.POST, "/collection/v2_0/payment");
    assertAuthorised(post);
    assertThat(post.header("X-Reference-Id")).isEqualTo(ref);
    assertThat(new JsonObject(post.body()))
        .isEqualTo(
            new JsonObject(
                "{\"externalTransactionId\":\"ext-1\",\"money\":{\"amount\":\"50\",\"currency\":\"EUR\"},"
                    + "\"customerReference\":\"customer-9\",\"serviceProviderUserName\":\"provider\","
                    + "\"couponId\":\"c1\",\"productId\":\"p1\",\"productOfferingId\":\"po1\","
                    + "\"receiverMessage\":\"receiver\",\"senderNote\":\"sender\","
                    + "\"maxNumberOfRetries\":2,\"includeSenderCharges\":true}"));
  }

  @Test
  void leavesOutThePaymentFieldsNotGiven() {
    momo.on(HttpMethod.POST, "/collection/v2_0/payment", ctx -> empty(ctx, 202));
    await(
        client
            .collections()
            .payments()
            .create(CreatePayment.of(null, "5", "EUR", "customer-9", null)));
    assertThat(new JsonObject(last(HttpMethod.POST, "/collection/v2_0/payment").body()))
        .isEqualTo(
            new JsonObject(
                "{\"money\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"customerReference\":\"customer-9\"}"));
  }

  @Test
  void readsAPaymentAndItsReason() {
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/payment/" + REF,
        inTurn(
            ctx ->
                json(
                    ctx,
                    200,
                    "{\"referenceId\":\""
                        + REF
                        + "\",\"status\":\"SUCCESSFUL\",\"financialTransactionId\":\"1234567890\"}"),
            ctx ->
                json(
                    ctx,
                    200,
                    "{\"status\":\"FAILED\",\"reason\":{\"code\":\"NOT_ENOUGH_FUNDS\",\"message\":\"m\"}}")));
    assertThat(await(client.collections().payments().status(REF)))
        .isEqualTo(new PaymentResult(REF, TransactionStatus.SUCCESSFUL, "1234567890", null));
    PaymentResult failed = await(client.collections().payments().status(REF));
    assertThat(failed.referenceId()).isEqualTo(REF);
    assertThat(failed.failure().orElseThrow().errorReason())
        .isEqualTo(ErrorReason.NOT_ENOUGH_FUNDS);
  }

  @Test
  void treatsA409AfterALostPaymentAnswerAsAcceptedOnceTheIdIsReadable() {
    momo.on(
        HttpMethod.POST,
        "/collection/v2_0/payment",
        inTurn(
            ctx -> ctx.request().connection().close(),
            ctx -> json(ctx, 409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}")));
    momo.on(
        HttpMethod.GET,
        "/collection/v2_0/payment/:ref",
        ctx -> json(ctx, 200, "{\"status\":\"PENDING\"}"));
    String ref =
        await(
            client
                .collections()
                .payments()
                .create(
                    CreatePayment.of(null, "5", "EUR", "c", null), new CreateOptions(REF, null)));
    assertThat(ref).isEqualTo(REF);
    assertThat(momo.count(HttpMethod.GET, "/collection/v2_0/payment/" + REF)).isEqualTo(1);
  }

  @Test
  void awaitsAWithdrawalUntilFinalUnderItsStatusPath() {
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/requesttowithdraw/" + REF,
        inTurn(
            ctx -> json(ctx, 200, "{\"status\":\"CREATED\"}"),
            ctx -> json(ctx, 200, "{\"status\":\"PENDING\"}"),
            ctx -> json(ctx, 200, "{\"status\":\"SUCCESSFUL\"}")));
    assertThat(
            await(client.collections().awaitRequestToWithdraw(REF, Duration.ofSeconds(5)))
                .isSuccessful())
        .isTrue();
    assertThat(momo.count(HttpMethod.GET, "/collection/v1_0/requesttowithdraw/" + REF))
        .isEqualTo(3);
  }

  @Test
  void sendsALatin1DeliveryNotificationUnchangedInTheHeader() {
    String path = "/collection/v1_0/requesttopay/" + REF + "/deliverynotification";
    momo.on(HttpMethod.POST, path, ctx -> empty(ctx, 200));
    await(client.collections().deliveryNotification(REF, "Café livré"));
    assertThat(last(HttpMethod.POST, path).header("notificationMessage")).isEqualTo("Café livré");
  }
}
