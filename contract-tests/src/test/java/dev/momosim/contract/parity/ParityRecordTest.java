package dev.momosim.contract.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.MomoClient;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.product.Product;
import dev.momosim.contract.parity.Observations.Observation;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.RawResponse;
import dev.momosim.contract.target.WireTap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parity record holds what came off the wire and nothing the test wrote: a fake target answers
 * with fields in an order, and with fields, that no test would type, and the record must show
 * exactly those, while the test asserts through the client as contract tests do.
 */
@ExtendWith(VertxExtension.class)
class ParityRecordTest {

  private static final String TOKEN =
      "{\"access_token\":\"aGVhZA.Ym9keQ.c2ln\",\"token_type\":\"access_token\","
          + "\"expires_in\":3600}";
  // Not the order, nor the set, of the fields a Transaction has.
  private static final String STATUS =
      "{\"status\":\"SUCCESSFUL\",\"currency\":\"EUR\",\"financialTransactionId\":\"123456\","
          + "\"unlisted\":{\"nested\":true},\"payer\":{\"partyIdType\":\"MSISDN\","
          + "\"partyId\":\"256774290781\"},\"amount\":\"10\"}";
  private static final String NOT_FOUND =
      "{\"message\":\"Requested resource was not found.\",\"code\":\"RESOURCE_NOT_FOUND\"}";

  private HttpServer fakeTarget;
  private WireTap tap;
  private MomoClient client;
  private final Observations seen = new Observations();

  @BeforeEach
  void start(Vertx vertx) {
    fakeTarget =
        Await.result(vertx.createHttpServer().requestHandler(ParityRecordTest::answer).listen(0));
    tap = Await.result(WireTap.start(vertx, "http://127.0.0.1:" + fakeTarget.actualPort()));
    tap.listen(seen);
    client =
        MomoClient.builder()
            .baseUrl(tap.baseUrl())
            .vertx(vertx)
            .credentials(
                Product.COLLECTION,
                new ProductCredentials(
                    "0123456789abcdef0123456789abcdef",
                    UUID.randomUUID().toString(),
                    "fedcba9876543210fedcba9876543210"))
            .build();
  }

  @AfterEach
  void stop() {
    Await.result(client.close());
    Await.result(tap.close());
    Await.result(fakeTarget.close());
  }

  @Test
  void recordsTheStatusAndFieldsOfTheAnswerNotWhatTheTestAssertsOrSent() {
    String ref = UUID.randomUUID().toString();

    Transaction read = Await.result(client.collections().status(ref));

    assertThat(read.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(seen.all())
        .containsExactly(
            new Observation(
                "POST /collection/token/",
                200,
                List.of("access_token", "token_type", "expires_in")),
            new Observation(
                "GET /collection/v1_0/requesttopay/{id}",
                200,
                List.of(
                    "status",
                    "currency",
                    "financialTransactionId",
                    "unlisted",
                    "payer",
                    "amount")));
  }

  @Test
  void recordsARefusalAsItsStatusAndBodyFieldsNotTheClientsException() {
    Throwable failure =
        Await.failure(client.collections().status("11111111-2222-4333-8444-555555555555"));

    assertThat(failure).isInstanceOf(MomoNotFoundException.class);
    assertThat(seen.all())
        .last()
        .isEqualTo(
            new Observation(
                "GET /collection/v1_0/requesttopay/{id}", 404, List.of("message", "code")));
  }

  @Test
  void reportCarriesOnlyCallsStatusesAndFieldNames(@TempDir Path dir) throws Exception {
    String ref = UUID.randomUUID().toString();
    Await.result(client.collections().status(ref));
    ParityRecorder recorder = new ParityRecorder("fake", tap.baseUrl(), dir);
    recorder.add(new ParityRecorder.Entry("Case", "test", "passed", null, seen.all()));

    recorder.close();

    JsonObject report = new JsonObject(Files.readString(dir.resolve("fake-report.json")));
    JsonObject observed =
        report.getJsonArray("tests").getJsonObject(0).getJsonArray("observed").getJsonObject(1);
    assertThat(observed.fieldNames()).containsExactly("call", "status", "fields");
    assertThat(observed.getJsonArray("fields").getList()).startsWith("status", "currency");
    String written =
        Files.readString(dir.resolve("fake-report.json"))
            + Files.readString(dir.resolve("fake-report.md"));
    assertThat(written)
        .contains("GET /collection/v1_0/requesttopay/{id} → 200: status, currency")
        .doesNotContain(ref, "SUCCESSFUL", "123456", "256774290781", "aGVhZA");
  }

  @Test
  void readsTopLevelFieldNamesInWireOrderRepeatsIncluded() {
    assertThat(new RawResponse(200, "{\"b\":1,\"a\":{\"x\":[{\"y\":1}]},\"b\":[2]}", null).keys())
        .containsExactly("b", "a", "b");
    assertThat(new RawResponse(200, "[{\"a\":1}]", null).keys()).isEmpty();
    assertThat(new RawResponse(411, "<html>Length Required</html>", "text/html").keys()).isEmpty();
    assertThat(new RawResponse(201, "", null).keys()).isEmpty();
  }

  @Test
  void namesACallByMethodAndPathWithoutTheIdsTheTestSent() {
    assertThat(
            Observations.call("GET", "/collection/v1_0/accountholder/msisdn/256774290781/active"))
        .isEqualTo("GET /collection/v1_0/accountholder/msisdn/{id}/active");
    assertThat(Observations.call("GET", "/remittance/v1_0/account/balance/EUR"))
        .isEqualTo("GET /remittance/v1_0/account/balance/{id}");
    assertThat(
            Observations.call("POST", "/v1_0/apiuser/b0040b3c-b426-4a90-af6e-673e65861cd7/apikey"))
        .isEqualTo("POST /v1_0/apiuser/{id}/apikey");
    assertThat(Observations.call("GET", "/collection/v1_0/accountholder/email/a@b.com/active"))
        .isEqualTo("GET /collection/v1_0/accountholder/email/{id}/active");
    assertThat(
            Observations.call(
                "GET",
                "/v1_0/accountholder/party_code/5cecb5a7-8bd0-4f49-87b1-8eb9ecc7b7bc/active"))
        .isEqualTo("GET /v1_0/accountholder/party_code/{id}/active");
  }

  private static void answer(HttpServerRequest request) {
    String path = request.path();
    if (path.equals("/collection/token/")) {
      json(request, 200, TOKEN);
    } else if (path.endsWith("/11111111-2222-4333-8444-555555555555")) {
      json(request, 404, NOT_FOUND);
    } else if (path.startsWith("/collection/v1_0/requesttopay/")) {
      json(request, 200, STATUS);
    } else {
      json(request, 500, "{}");
    }
  }

  private static void json(HttpServerRequest request, int status, String body) {
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body);
  }
}
