package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import dev.momosim.client.product.ProductOperations;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.RawResponse;
import dev.momosim.contract.target.Transactions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the requests behind the responses recorded from MTN's real sandbox ({@code
 * src/test/resources/observations}, indexed with their sources in {@code sources.json}) and checks
 * the target answers with the same status, the same fields of the same JSON types, in the same key
 * order where the real order was observed. Ids, amounts and messages may differ unless the fixture
 * lists them in {@code sameValues}.
 */
@Contract
class ObservationFixtureTest extends ContractCase {

  private static final String DIR = "/observations/";

  static Stream<Arguments> fixtures() {
    JsonArray index = read("sources.json").getJsonArray("fixtures");
    return index.stream()
        .map(JsonObject.class::cast)
        .map(entry -> Arguments.of(entry.getString("file"), entry.getString("section")));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("fixtures")
  void targetAnswersLikeTheRecordedSandboxResponse(String file, String section) {
    JsonObject fixture = read(file);
    JsonObject request = fixture.getJsonObject("request");
    JsonObject expected = fixture.getJsonObject("response");

    RawResponse answer = replay(request);

    assertThat(answer.status()).as("status of %s", file).isEqualTo(expected.getInteger("status"));
    JsonObject recorded = expected.getJsonObject("body");
    JsonObject actual = answer.json();
    assertThat(actual).as("JSON body of %s, got '%s'", file, answer.body()).isNotNull();
    Map<String, String> expectedTypes = RawResponse.fieldTypes(recorded);
    if (expected.getBoolean("keyOrderObserved")) {
      assertThat(answer.fieldTypes())
          .as("fields, types and key order of %s", file)
          .containsExactlyEntriesOf(expectedTypes);
    } else {
      assertThat(answer.fieldTypes())
          .as("fields and types of %s", file)
          .containsOnlyKeys(expectedTypes.keySet())
          .containsAllEntriesOf(expectedTypes);
    }
    for (Object field : expected.getJsonArray("sameValues")) {
      assertThat(actual.getValue((String) field))
          .as("value of %s in %s", field, file)
          .isEqualTo(recorded.getValue((String) field));
    }
  }

  private RawResponse replay(JsonObject request) {
    return switch (request.getString("kind")) {
      case "requesttopay-status" -> status(Product.COLLECTION, request);
      case "transfer-status" -> status(Product.DISBURSEMENT, request);
      case "callback-host-mismatch" -> {
        Map<String, String> headers = headers(Product.COLLECTION);
        headers.put("X-Reference-Id", UUID.randomUUID().toString());
        headers.put("X-Callback-Url", "https://not-the-callback-host.example/momo");
        yield target
            .raw()
            .send(HttpMethod.POST, "/collection/v1_0/requesttopay", headers, payment("payer"));
      }
      case "invalid-subscription-key" -> {
        Map<String, String> headers = headers(Product.COLLECTION);
        headers.put("Ocp-Apim-Subscription-Key", "0123456789abcdef0123456789abcdef");
        yield target.raw().send(HttpMethod.GET, "/collection/v1_0/account/balance", headers, null);
      }
      case "login-failed" ->
          target
              .raw()
              .token(
                  Product.COLLECTION,
                  new ProductCredentials(
                      target.subscriptionKey(Product.COLLECTION),
                      UUID.randomUUID().toString(),
                      "0123456789abcdef0123456789abcdef"));
      case "duplicate-reference" -> {
        Map<String, String> headers = headers(Product.COLLECTION);
        headers.put("X-Reference-Id", UUID.randomUUID().toString());
        RawResponse first =
            target
                .raw()
                .send(HttpMethod.POST, "/collection/v1_0/requesttopay", headers, payment("payer"));
        assertThat(first.status()).as("first POST").isEqualTo(202);
        yield target
            .raw()
            .send(HttpMethod.POST, "/collection/v1_0/requesttopay", headers, payment("payer"));
      }
      case "unknown-reference" ->
          target
              .raw()
              .send(
                  HttpMethod.GET,
                  "/collection/v1_0/requesttopay/" + UUID.randomUUID(),
                  headers(Product.COLLECTION),
                  null);
      case "token" ->
          target.raw().token(Product.COLLECTION, target.credentials(Product.COLLECTION));
      case "balance" ->
          target
              .raw()
              .send(
                  HttpMethod.GET,
                  "/collection/v1_0/account/balance",
                  headers(Product.COLLECTION),
                  null);
      case "apiuser" -> {
        String user =
            Await.result(
                target
                    .client()
                    .provisioning(target.subscriptionKey(Product.COLLECTION))
                    .createApiUser(target.callbackHost()));
        yield target
            .raw()
            .send(
                HttpMethod.GET,
                "/v1_0/apiuser/" + user,
                Map.of("Ocp-Apim-Subscription-Key", target.subscriptionKey(Product.COLLECTION)),
                null);
      }
      case "apikey" -> {
        String user =
            Await.result(
                target
                    .client()
                    .provisioning(target.subscriptionKey(Product.COLLECTION))
                    .createApiUser(target.callbackHost()));
        yield target
            .raw()
            .send(
                HttpMethod.POST,
                "/v1_0/apiuser/" + user + "/apikey",
                Map.of("Ocp-Apim-Subscription-Key", target.subscriptionKey(Product.COLLECTION)),
                null);
      }
      case "basicuserinfo" ->
          target
              .raw()
              .send(
                  HttpMethod.GET,
                  "/collection/v1_0/accountholder/msisdn/256774290781/basicuserinfo",
                  headers(Product.COLLECTION),
                  null);
      default ->
          throw new IllegalArgumentException("unknown request kind " + request.getString("kind"));
    };
  }

  /** Creates the payment through the client, waits for the recorded status, then reads it raw. */
  private RawResponse status(Product product, JsonObject request) {
    Party party = Party.msisdn(request.getString("partyId"));
    String amount = request.getString("amount");
    String externalId = request.getString("externalId");
    String payerMessage = request.getString("payerMessage");
    String payeeNote = request.getString("payeeNote");
    ProductOperations ops = target.client().product(product);
    String ref =
        product == Product.COLLECTION
            ? Await.result(
                target
                    .client()
                    .collections()
                    .requestToPay(
                        new RequestToPay(
                            amount, "EUR", externalId, party, payerMessage, payeeNote)))
            : Await.result(
                target
                    .client()
                    .disbursements()
                    .transfer(
                        new Transfer(amount, "EUR", externalId, party, payerMessage, payeeNote)));
    TransactionStatus wanted = TransactionStatus.valueOf(request.getString("awaitStatus"));
    Transaction reached =
        wanted.isFinal()
            ? Await.result(
                ops.awaitFinal(ref, target.settleDeadline()),
                target.settleDeadline().plusSeconds(10))
            : Transactions.firstVisible(target.vertx(), ops, ref, Duration.ofSeconds(20));
    assertThat(reached.status()).as("status reached").isEqualTo(wanted);
    return target.raw().status(product, target.credentials(product), ref);
  }

  private Map<String, String> headers(Product product) {
    return new HashMap<>(target.raw().productHeaders(product, target.credentials(product)));
  }

  private static JsonObject payment(String partyField) {
    return new JsonObject()
        .put("amount", "10")
        .put("currency", "EUR")
        .put("externalId", "fixture")
        .put(
            partyField,
            new JsonObject().put("partyIdType", "MSISDN").put("partyId", "256774290781"))
        .put("payerMessage", "fixture")
        .put("payeeNote", "fixture");
  }

  private static JsonObject read(String file) {
    try (InputStream in = ObservationFixtureTest.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + DIR + file);
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
