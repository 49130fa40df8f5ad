package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Creating a request-to-pay (collection) or a transfer (disbursement, remittance) and reading its
 * status: issue 2 item 6, §2, §8, §9.
 */
@MomoSimulatorTest
class PaymentCreationAcceptanceTest {
  private static final String PLAIN_MSISDN = "256774290781";
  @AutoClose private final SandboxSession sim;

  PaymentCreationAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  // ---- the happy path ----------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Product.class)
  void acceptsAPaymentWith202AndAnEmptyBody(Product product) {
    ProductApi api = sim.api(product);

    Reply reply =
        api.create(SandboxSession.newReference(), Payments.of(product, "12.50", PLAIN_MSISDN));

    Expect.accepted(reply);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void reportsAnOrdinaryPaymentSuccessfulAtOnceWithTheKeysInTheOrderOfTheRealSamples(
      Product product) {
    ProductApi api = sim.api(product);
    JsonObject request =
        Payments.of(product, "50000", PLAIN_MSISDN)
            .put("externalId", "79853abc-9f6a-11ef-9077-00155d27efc1")
            .put("payerMessage", "MoMo Debit API")
            .put("payeeNote", "MoMo Note");

    String ref = api.pay(request);
    Reply reply = api.status(ref);

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    Expect.json(reply);
    assertThat(reply.keys()).containsExactlyElementsOf(StatusKeys.of(product, "SUCCESSFUL"));
    JsonObject body = reply.json();
    assertThat(body.getString("financialTransactionId")).matches("[0-9]{9,10}");
    assertThat(body.getValue("externalId")).isEqualTo("79853abc-9f6a-11ef-9077-00155d27efc1");
    assertThat(body.getValue("amount")).isEqualTo("50000");
    assertThat(body.getValue("currency")).isEqualTo("EUR");
    JsonObject party = body.getJsonObject(product.partyField);
    assertThat(party).isEqualTo(Payments.party("MSISDN", PLAIN_MSISDN));
    assertThat(new ArrayList<>(party.fieldNames())).containsExactly("partyIdType", "partyId");
    assertThat(body.getValue("payerMessage")).isEqualTo("MoMo Debit API");
    assertThat(body.getValue("payeeNote")).isEqualTo("MoMo Note");
    assertThat(body.getValue("status")).isEqualTo("SUCCESSFUL");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void givesEverySuccessfulPaymentItsOwnFinancialTransactionId(Product product) {
    ProductApi api = sim.api(product);

    String first = api.statusOf(api.pay("1", PLAIN_MSISDN)).getString("financialTransactionId");
    String second = api.statusOf(api.pay("1", PLAIN_MSISDN)).getString("financialTransactionId");

    assertThat(first).isNotEqualTo(second);
  }

  static Stream<Arguments> amountsAndTheirEcho() {
    Object[][] rows = {
      {"12.50", "12.5"},
      {"6.0", "6"},
      {"100", "100"},
      {"0.50", "0.5"},
      {"5000.000", "5000"},
      {"1000000", "1000000"},
      {"0.01", "0.01"},
      {12.5, "12.5"},
      {100, "100"},
      {6.0, "6"},
      {7.25, "7.25"}
    };
    return Stream.of(Product.values())
        .flatMap(p -> Stream.of(rows).map(r -> Arguments.of(p, r[0], r[1])));
  }

  @ParameterizedTest(name = "{0}: amount {1} is echoed as \"{2}\"")
  @MethodSource("amountsAndTheirEcho")
  void echoesTheAmountAsANormalisedString(Product product, Object sent, String echoed) {
    ProductApi api = sim.api(product);

    String ref = api.pay(Payments.of(product, "1", PLAIN_MSISDN).put("amount", sent));

    assertThat(api.statusOf(ref).getValue("amount")).isEqualTo(echoed);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void acceptsANumericExternalIdAndEchoesIt(Product product) {
    ProductApi api = sim.api(product);

    String ref = api.pay(Payments.of(product, "1", PLAIN_MSISDN).put("externalId", 20950173));

    assertThat(String.valueOf(api.statusOf(ref).getValue("externalId"))).isEqualTo("20950173");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void omitsFromTheStatusTheFieldsTheRequestDidNotCarry(Product product) {
    ProductApi api = sim.api(product);
    JsonObject request = Payments.of(product, "3", PLAIN_MSISDN);
    request.remove("payerMessage");
    request.remove("payeeNote");
    request.remove("externalId");

    JsonObject status = api.statusOf(api.pay(request));

    assertThat(status.fieldNames())
        .doesNotContain("payerMessage", "payeeNote", "externalId", "reason");
    List<String> expected = new ArrayList<>(StatusKeys.of(product, "SUCCESSFUL"));
    expected.removeAll(List.of("payerMessage", "payeeNote", "externalId"));
    assertThat(new ArrayList<>(status.fieldNames())).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void acceptsEmailAndPartyCodeParties(Product product) {
    ProductApi api = sim.api(product);
    JsonObject email = Payments.party("EMAIL", "someone@example.com");
    JsonObject partyCode = Payments.party("PARTY_CODE", "0b7c5f1e-32d7-4d5a-9b39-2b0f0d1e6f2a");

    JsonObject byEmail = api.statusOf(api.pay(Payments.of(product, "2", email)));
    JsonObject byCode = api.statusOf(api.pay(Payments.of(product, "2", partyCode)));

    assertThat(byEmail.getJsonObject(product.partyField)).isEqualTo(email);
    assertThat(byEmail.getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(byCode.getJsonObject(product.partyField)).isEqualTo(partyCode);
    assertThat(byCode.getString("status")).isEqualTo("SUCCESSFUL");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void acceptsMessagesOfExactly160Characters(Product product) {
    ProductApi api = sim.api(product);
    String text = "m".repeat(160);

    String ref =
        api.pay(
            Payments.of(product, "1", PLAIN_MSISDN)
                .put("payerMessage", text)
                .put("payeeNote", text));

    assertThat(api.statusOf(ref).getString("payerMessage")).isEqualTo(text);
  }

  // ---- reference ids -----------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Product.class)
  void rejectsAReusedReferenceIdWithConflictAndKeepsTheOriginal(Product product) {
    ProductApi api = sim.api(product);
    String ref = api.pay(Payments.of(product, "10", PLAIN_MSISDN));

    Reply second = api.create(ref, Payments.of(product, "99", "46733123450"));

    Expect.duplicate(second);
    JsonObject status = api.statusOf(ref);
    assertThat(status.getString("amount")).isEqualTo("10");
    assertThat(status.getString("status")).isEqualTo("SUCCESSFUL");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void rejectsAReferenceIdReusedByAnotherApiUserOfTheSameProduct(Product product) {
    ProductApi first = sim.api(product);
    ProductApi second = sim.api(product);
    String ref = first.pay(Payments.of(product, "10", PLAIN_MSISDN));

    Expect.duplicate(second.create(ref, Payments.of(product, "10", PLAIN_MSISDN)));
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void doesNotReserveTheReferenceIdOfARejectedRequest(Product product) {
    ProductApi api = sim.api(product);
    String ref = SandboxSession.newReference();
    Expect.badRequest(api.create(ref, Payments.of(product, "-1", PLAIN_MSISDN)));

    Expect.accepted(api.create(ref, Payments.of(product, "1", PLAIN_MSISDN)));
  }

  @Test
  void scopesReferenceIdsPerProduct() {
    String ref = SandboxSession.newReference();
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    ProductApi remittance = sim.api(Product.REMITTANCE);

    Expect.accepted(collection.create(ref, Payments.of(Product.COLLECTION, "1", PLAIN_MSISDN)));
    Expect.accepted(disbursement.create(ref, Payments.of(Product.DISBURSEMENT, "2", PLAIN_MSISDN)));
    Expect.accepted(remittance.create(ref, Payments.of(Product.REMITTANCE, "3", PLAIN_MSISDN)));

    assertThat(collection.statusOf(ref).getString("amount")).isEqualTo("1");
    assertThat(disbursement.statusOf(ref).getString("amount")).isEqualTo("2");
    assertThat(remittance.statusOf(ref).getString("amount")).isEqualTo("3");
  }

  @Test
  void doesNotShowOneProductsPaymentUnderAnother() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    ProductApi remittance = sim.api(Product.REMITTANCE);
    String transfer = disbursement.pay("5", PLAIN_MSISDN);

    Expect.notFound(collection.status(transfer));
    Expect.notFound(remittance.status(transfer));
  }

  // ---- status GET --------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Product.class)
  void answersNotFoundForAnUnknownReference(Product product) {
    Expect.notFound(sim.api(product).status(SandboxSession.newReference()));
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void answersBadRequestForAMalformedReference(Product product) {
    ProductApi api = sim.api(product);

    Expect.badRequest(api.status("not-a-uuid"));
    Expect.badRequest(api.status("12345"));
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void offersNoVersion2PaymentEndpoint(Product product) {
    ProductApi api = sim.api(product);

    Reply reply =
        api.call(HttpMethod.POST, "/v2_0/" + product.paymentResource)
            .header("X-Reference-Id", SandboxSession.newReference())
            .json(Payments.of(product, "1", PLAIN_MSISDN))
            .send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(404);
    Expect.json(reply);
  }
}
