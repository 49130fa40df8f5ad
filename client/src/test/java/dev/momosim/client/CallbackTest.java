package dev.momosim.client;

import static dev.momosim.client.Futures.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class CallbackTest {

  private static final String REF = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
  private static final String REJECTED =
      "{\"externalId\":\"o-1\",\"amount\":\"100\",\"currency\":\"EUR\",\"payer\":"
          + "{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123451\"},\"payeeNote\":\"n\",\"status\":\"FAILED\","
          + "\"reason\":\"APPROVAL_REJECTED\"}";

  private final List<Transaction> received = new CopyOnWriteArrayList<>();

  private int serve(Vertx vertx, Router router) {
    return await(vertx.createHttpServer().requestHandler(router).listen(0)).actualPort();
  }

  private HttpResponse<Buffer> send(
      Vertx vertx, int port, HttpMethod method, String path, String body) {
    return await(
        WebClient.create(vertx)
            .request(method, port, "localhost", path)
            .sendBuffer(Buffer.buffer(body)));
  }

  @Test
  void parsesAFailedCallbackWithAStringReason() {
    Transaction transaction = CallbackParser.parse(REJECTED, REF);
    assertThat(transaction.referenceId()).isEqualTo(REF);
    assertThat(transaction.failure().orElseThrow().errorReason())
        .isEqualTo(ErrorReason.APPROVAL_REJECTED);
    assertThat(transaction.externalId()).isEqualTo("o-1");
  }

  @Test
  void parsesACallbackWithAnObjectReasonAndNoReferenceId() {
    Transaction transaction =
        CallbackParser.parse(
            "{\"status\":\"FAILED\",\"reason\":{\"code\":"
                + "\"TRANSACTION_CANCELED.\",\"message\":\"Cancelled\"}}",
            null);
    assertThat(transaction.referenceId()).isNull();
    assertThat(transaction.failure().orElseThrow().errorReason())
        .isEqualTo(ErrorReason.TRANSACTION_CANCELED);
  }

  @Test
  void rejectsABodyThatIsNotATransaction() {
    assertThatThrownBy(() -> CallbackParser.parse("[1,2]", REF))
        .isInstanceOf(MomoProtocolException.class);
    assertThatThrownBy(() -> CallbackParser.parse("{\"amount\":\"1\"}", REF))
        .isInstanceOf(MomoProtocolException.class)
        .hasMessageContaining("no status");
  }

  @Test
  void handsPutAndPostCallbacksToTheConsumerWithTheReferenceIdFromThePath(Vertx vertx) {
    Router router = Router.router(vertx);
    CallbackHandler.create(received::add).mountOn(router, "/momo/:referenceId");
    int port = serve(vertx, router);

    assertThat(send(vertx, port, HttpMethod.POST, "/momo/" + REF, REJECTED).statusCode())
        .isEqualTo(200);
    assertThat(send(vertx, port, HttpMethod.PUT, "/momo/" + REF, REJECTED).statusCode())
        .isEqualTo(200);
    assertThat(received).hasSize(2).allMatch(t -> REF.equals(t.referenceId()));
  }

  @Test
  void worksBehindABodyHandlerAndReadsTheReferenceIdFromTheQuery(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.post("/momo").handler(CallbackHandler.create(received::add));
    int port = serve(vertx, router);

    assertThat(
            send(vertx, port, HttpMethod.POST, "/momo?referenceId=" + REF, REJECTED).statusCode())
        .isEqualTo(200);
    assertThat(received).singleElement().extracting(Transaction::referenceId).isEqualTo(REF);
  }

  @Test
  void answers400ToABadBodyWithoutCallingTheConsumer(Vertx vertx) {
    Router router = Router.router(vertx);
    CallbackHandler.create(received::add).mountOn(router, "/momo/:referenceId");
    int port = serve(vertx, router);

    assertThat(send(vertx, port, HttpMethod.PUT, "/momo/" + REF, "not json").statusCode())
        .isEqualTo(400);
    assertThat(received).isEmpty();
  }

  @Test
  void answers413ToABodyTooLargeForACallbackWithoutCallingTheConsumer(Vertx vertx) {
    Router router = Router.router(vertx);
    CallbackHandler.create(received::add).mountOn(router, "/momo/:referenceId");
    int port = serve(vertx, router);

    String huge =
        "{\"status\":\"SUCCESSFUL\",\"padding\":\""
            + "x".repeat(CallbackHandler.MAX_BODY_BYTES)
            + "\"}";
    assertThat(send(vertx, port, HttpMethod.PUT, "/momo/" + REF, huge).statusCode()).isEqualTo(413);
    assertThat(received).isEmpty();
    assertThat(send(vertx, port, HttpMethod.PUT, "/momo/" + REF, REJECTED).statusCode())
        .isEqualTo(200);
    assertThat(received).hasSize(1);
  }

  @Test
  void answers413ToAChunkedBodyThatGrowsTooLargeWithoutCallingTheConsumer(Vertx vertx) {
    Router router = Router.router(vertx);
    CallbackHandler.create(received::add).mountOn(router, "/momo/:referenceId");
    int port = serve(vertx, router);
    Buffer huge =
        Buffer.buffer(
            "{\"status\":\"SUCCESSFUL\",\"padding\":\""
                + "x".repeat(2 * CallbackHandler.MAX_BODY_BYTES)
                + "\"}");

    int status =
        await(
                vertx
                    .createHttpClient()
                    .request(HttpMethod.PUT, port, "localhost", "/momo/" + REF)
                    .compose(request -> request.setChunked(true).send(huge)))
            .statusCode();

    assertThat(status).isEqualTo(413);
    assertThat(received).isEmpty();
  }

  @Test
  void keepsTheFinalStatusOfACallbackWhosePartyTheClientCannotRepresent() {
    for (String party :
        new String[] {
          "{\"partyIdType\":\"ALIAS\",\"partyId\":\"shop\"}",
          "{\"partyIdType\":\"MSISDN\",\"partyId\":\"+256770000001\"}",
          "{}",
          "\"256770000001\""
        }) {
      Transaction transaction =
          CallbackParser.parse(
              "{\"status\":\"FAILED\",\"reason\":\"APPROVAL_REJECTED\","
                  + "\"payer\":"
                  + party
                  + "}",
              REF);

      assertThat(transaction.status()).as(party).isEqualTo(TransactionStatus.FAILED);
      assertThat(transaction.failure().orElseThrow().errorReason())
          .as(party)
          .isEqualTo(ErrorReason.APPROVAL_REJECTED);
    }
  }

  @Test
  void answers500WhenTheConsumerFailsSoMomoCanDeliverAgain(Vertx vertx) {
    Router router = Router.router(vertx);
    CallbackHandler.create(
            t -> {
              throw new IllegalStateException("database down");
            })
        .mountOn(router, "/momo/:referenceId");
    int port = serve(vertx, router);

    assertThat(send(vertx, port, HttpMethod.POST, "/momo/" + REF, REJECTED).statusCode())
        .isEqualTo(500);
  }

  @Test
  void parsesTheCallbacksOfInvoicesPreApprovalsPaymentsAndCashTransfers() {
    var invoice =
        CallbackParser.parseInvoice(
            "{\"referenceId\":\""
                + REF
                + "\",\"externalId\":\"inv-1\",\"amount\":\"700\","
                + "\"currency\":\"EUR\",\"status\":\"FAILED\",\"invoiceId\":\"1308629355\","
                + "\"errorReason\":{\"code\":\"TRANSACTION_CANCELED\",\"message\":\"m\"},"
                + "\"intendedPayer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"}}",
            REF);
    var preApproval =
        CallbackParser.parsePreApproval(
            "{\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
                + "\"payerCurrency\":\"EUR\",\"status\":\"SUCCESSFUL\",\"expirationDateTime\":1764950400}",
            REF);
    var payment =
        CallbackParser.parsePayment(
            "{\"referenceId\":\""
                + REF
                + "\",\"status\":\"SUCCESSFUL\",\"financialTransactionId\":\"123456789\"}",
            null);
    var cashTransfer =
        CallbackParser.parseCashTransfer(
            "{\"financialTransactionId\":\"123456789\",\"status\":\"FAILED\",\"reason\":\"PAYEE_NOT_FOUND\","
                + "\"amount\":\"100\",\"currency\":\"EUR\",\"payee\":{\"partyIdType\":\"MSISDN\","
                + "\"partyId\":\"46733123457\"},\"payerIdentificationType\":\"PASS\"}",
            REF);

    assertThat(invoice.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(invoice.invoiceId()).isEqualTo("1308629355");
    assertThat(preApproval.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(preApproval.payerCurrency()).isEqualTo("EUR");
    assertThat(payment.referenceId()).isEqualTo(REF);
    assertThat(payment.financialTransactionId()).isEqualTo("123456789");
    assertThat(cashTransfer.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(cashTransfer.reason()).isEqualTo("PAYEE_NOT_FOUND");
    assertThatThrownBy(() -> CallbackParser.parseInvoice("[1]", REF))
        .isInstanceOf(MomoProtocolException.class);
  }
}
