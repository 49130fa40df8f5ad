package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.json.JsonObject;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a creating POST refuses (issue 2 item 6, §2, §8, §12): invalid bodies, reference ids,
 * currencies and callback hosts. A refused request creates nothing and moves no money.
 */
@MomoSimulatorTest
class PaymentValidationAcceptanceTest {
  private static final String PLAIN_MSISDN = "256774290781";
  @AutoClose private final SandboxSession sim;

  PaymentValidationAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  // ---- validation (§2, §8) -----------------------------------------------------------------

  private record Invalid(String name, UnaryOperator<JsonObject> spoil, String[] hints) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Invalid invalid(String name, UnaryOperator<JsonObject> spoil, String... hints) {
    return new Invalid(name, spoil, hints);
  }

  static Stream<Arguments> invalidBodies() {
    return Stream.of(Product.values())
        .flatMap(
            p -> {
              String party = p.partyField;
              return Stream.of(
                      invalid(
                          "amount missing",
                          b -> {
                            b.remove("amount");
                            return b;
                          },
                          "amount"),
                      invalid("amount not a number", b -> b.put("amount", "abc"), "amount"),
                      invalid("amount negative", b -> b.put("amount", "-5"), "amount"),
                      invalid("amount zero", b -> b.put("amount", "0"), "amount"),
                      invalid("amount empty", b -> b.put("amount", ""), "amount"),
                      invalid("amount two dots", b -> b.put("amount", "12.5.3"), "amount"),
                      invalid("amount boolean", b -> b.put("amount", true), "amount"),
                      invalid(
                          "currency missing",
                          b -> {
                            b.remove("currency");
                            return b;
                          },
                          "currency"),
                      invalid(
                          party + " missing",
                          b -> {
                            b.remove(party);
                            return b;
                          },
                          party),
                      invalid(
                          "partyIdType unknown",
                          b -> b.put(party, Payments.party("IBAN", "256774290781")),
                          "partyIdType"),
                      invalid(
                          "partyIdType missing",
                          b -> b.put(party, new JsonObject().put("partyId", "256774290781")),
                          "partyIdType"),
                      invalid(
                          "partyId missing",
                          b -> b.put(party, new JsonObject().put("partyIdType", "MSISDN")),
                          "partyId"),
                      invalid(
                          "payerMessage of 161",
                          b -> b.put("payerMessage", "x".repeat(161)),
                          "payerMessage"),
                      invalid(
                          "payeeNote of 161",
                          b -> b.put("payeeNote", "x".repeat(161)),
                          "payeeNote"),
                      invalid(
                          "apostrophe in payerMessage",
                          b -> b.put("payerMessage", "it's paid"),
                          "payerMessage"),
                      invalid(
                          "ampersand in payerMessage",
                          b -> b.put("payerMessage", "salt & pepper"),
                          "payerMessage"),
                      invalid(
                          "apostrophe in payeeNote", b -> b.put("payeeNote", "don't"), "payeeNote"),
                      invalid(
                          "ampersand in payeeNote", b -> b.put("payeeNote", "A&B"), "payeeNote"),
                      invalid("empty body object", b -> new JsonObject()))
                  .map(i -> Arguments.of(p, i));
            });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidBodies")
  void rejectsAnInvalidBodyWithBadRequestNamingTheProblemAndCreatesNothing(
      Product product, Invalid invalid) {
    ProductApi api = sim.api(product);
    String ref = SandboxSession.newReference();

    Reply reply = api.create(ref, invalid.spoil().apply(Payments.of(product, "10", PLAIN_MSISDN)));

    Expect.badRequest(reply, invalid.hints());
    Expect.notFound(api.status(ref));
  }

  static Stream<Arguments> bodiesThatAreNotAnObject() {
    return Stream.of(Product.values())
        .flatMap(
            p ->
                Stream.of("[]", "null", "\"text\"", "42", "{\"amount\":", "")
                    .map(b -> Arguments.of(p, b)));
  }

  @ParameterizedTest(name = "{0}: body [{1}]")
  @MethodSource("bodiesThatAreNotAnObject")
  void rejectsABodyThatIsNotAJsonObjectWithBadRequest(Product product, String body) {
    ProductApi api = sim.api(product);

    Reply reply =
        api.createCall(SandboxSession.newReference(), new JsonObject()).jsonText(body).send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(400);
    Expect.json(reply);
    Expect.noStackTrace(reply);
  }

  static Stream<Arguments> badReferenceIds() {
    return Stream.of(Product.values())
        .flatMap(
            p ->
                Stream.of(
                        "not-a-uuid",
                        "a8098c1a-f86e-11da-bd1a-00112444be1e",
                        "00000000-0000-0000-0000-000000000000",
                        "")
                    .map(r -> Arguments.of(p, r)));
  }

  @ParameterizedTest(name = "{0}: X-Reference-Id [{1}]")
  @MethodSource("badReferenceIds")
  void rejectsAReferenceIdThatIsNotAUuidV4WithBadRequest(Product product, String ref) {
    ProductApi api = sim.api(product);

    Reply reply = api.create(ref, Payments.of(product, "10", PLAIN_MSISDN));

    Expect.badRequest(reply, "X-Reference-Id", "reference");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void rejectsAPaymentWithoutReferenceIdWithBadRequest(Product product) {
    ProductApi api = sim.api(product);

    Reply reply =
        api.createCall("x", Payments.of(product, "10", PLAIN_MSISDN))
            .without("X-Reference-Id")
            .send();

    Expect.badRequest(reply, "X-Reference-Id", "reference");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void rejectsAnotherCurrencyThanEurWithInvalidCurrencyAndCreatesNothing(Product product) {
    ProductApi api = sim.api(product);
    String usd = SandboxSession.newReference();
    String xaf = SandboxSession.newReference();

    Expect.momoError(
        api.create(usd, Payments.of(product, "10", PLAIN_MSISDN).put("currency", "USD")),
        500,
        "INVALID_CURRENCY",
        Expect.CURRENCY_MESSAGE);
    Expect.momoError(
        api.create(xaf, Payments.of(product, "10", PLAIN_MSISDN).put("currency", "XAF")),
        500,
        "INVALID_CURRENCY",
        Expect.CURRENCY_MESSAGE);

    Expect.notFound(api.status(usd));
    Expect.notFound(api.status(xaf));
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void takesAnAmountSentAsAJsonNumberAsTheDecimalItWasWrittenAs(Product product) {
    ProductApi api = sim.api(product);
    String ref = SandboxSession.newReference();

    Expect.accepted(
        api.create(ref, Payments.of(product, "1", PLAIN_MSISDN).put("amount", 12345678.5)));

    assertThat(api.statusOf(ref).getString("amount")).isEqualTo("12345678.5");
    Expect.badRequest(
        api.create(
            SandboxSession.newReference(),
            Payments.of(product, "1", PLAIN_MSISDN).put("amount", 1e20)),
        "amount");
  }

  // ---- callback host (§12) -----------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Product.class)
  void acceptsACallbackUrlOnTheApiUsersCallbackHost(Product product) {
    ProductApi api = sim.api(product);
    String ref = SandboxSession.newReference();

    Reply reply =
        api.createCall(ref, Payments.of(product, "10", PLAIN_MSISDN))
            .header("X-Callback-Url", "http://" + SandboxSession.CALLBACK_HOST + ":1/momo/callback")
            .send();

    Expect.accepted(reply);
    assertThat(api.statusOf(ref).getString("status")).isEqualTo("SUCCESSFUL");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void rejectsACallbackUrlOnAnotherHostWithInvalidCallbackUrlHostAndCreatesNothing(
      Product product) {
    ProductApi api = sim.api(product);
    String ref = SandboxSession.newReference();

    Reply reply =
        api.createCall(ref, Payments.of(product, "10", PLAIN_MSISDN))
            .header(
                "X-Callback-Url",
                "http://127.0.0.1:1/" + SandboxSession.CALLBACK_HOST + "/callback")
            .send();

    Expect.callbackHostRejected(reply);
    Expect.notFound(api.status(ref));
    Expect.accepted(api.create(ref, Payments.of(product, "10", PLAIN_MSISDN)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://localhost/cb",
        "localhost/cb",
        "http://localhost:99999/cb",
        "http://localhost:0/cb",
        "http:// bad/cb"
      })
  void rejectsACallbackUrlNoCallbackCouldBeSentToWithBadRequest(String url) {
    ProductApi api = sim.api(Product.COLLECTION);

    Reply reply =
        api.createCall(
                SandboxSession.newReference(), Payments.of(Product.COLLECTION, "1", PLAIN_MSISDN))
            .header("X-Callback-Url", url)
            .send();

    assertThat(reply.status()).as(url).isEqualTo(400);
    assertThat(reply.json().getString("code")).isEqualTo("BAD_REQUEST");
    assertThat(reply.json().getString("message")).contains("X-Callback-Url");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost.evil.example/cb",
        "http://evil.example/localhost/cb",
        "http://evil.example/?host=localhost",
        "https://localhost@evil.example/cb",
        "http://127.0.0.1:1/cb"
      })
  void rejectsACallbackUrlWhoseHostIsNotExactlyTheCallbackHost(String url) {
    ProductApi api = sim.api(Product.COLLECTION);

    Reply reply =
        api.createCall(
                SandboxSession.newReference(), Payments.of(Product.COLLECTION, "1", PLAIN_MSISDN))
            .header("X-Callback-Url", url)
            .send();

    Expect.callbackHostRejected(reply);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost/cb",
        "https://localhost:8443/momo/callback?x=1",
        "http://LOCALHOST:1/cb"
      })
  void acceptsAnyCallbackUrlOnTheCallbackHostWhateverTheSchemePortPathOrCase(String url) {
    ProductApi api = sim.api(Product.COLLECTION);

    Reply reply =
        api.createCall(
                SandboxSession.newReference(), Payments.of(Product.COLLECTION, "1", PLAIN_MSISDN))
            .header("X-Callback-Url", url)
            .send();

    Expect.accepted(reply);
  }

  @Test
  void comparesTheCallbackHostWithTheHostTheUserWasProvisionedWith() {
    SandboxSession.ApiUser user = sim.provision(Product.COLLECTION.primaryKey, "127.0.0.1");
    ProductApi api = sim.api(Product.COLLECTION, user);

    Expect.accepted(
        api.createCall(
                SandboxSession.newReference(), Payments.of(Product.COLLECTION, "1", PLAIN_MSISDN))
            .header("X-Callback-Url", "http://127.0.0.1:1/cb")
            .send());
    Expect.callbackHostRejected(
        api.createCall(
                SandboxSession.newReference(), Payments.of(Product.COLLECTION, "1", PLAIN_MSISDN))
            .header("X-Callback-Url", "http://localhost:1/cb")
            .send());
  }

  @Test
  void doesNotMoveMoneyForARefusedPayment() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);

    Expect.callbackHostRejected(
        collection
            .createCall(
                SandboxSession.newReference(), Payments.of(Product.COLLECTION, "10", PLAIN_MSISDN))
            .header("X-Callback-Url", "http://127.0.0.1:1/cb")
            .send());
    Expect.momoError(
        disbursement.create(
            SandboxSession.newReference(),
            Payments.of(Product.DISBURSEMENT, "10", PLAIN_MSISDN).put("currency", "USD")),
        500,
        "INVALID_CURRENCY");
    Expect.badRequest(
        disbursement.create(
            SandboxSession.newReference(),
            Payments.of(Product.DISBURSEMENT, "10", PLAIN_MSISDN).put("payeeNote", "a&b")));

    assertThat(collection.balanceAmount()).isEqualByComparingTo("0");
    assertThat(disbursement.balanceAmount()).isEqualByComparingTo("1000000");
  }

  /** With {@code errors.invalidCurrencyStatus} 400. */
  @Nested
  @MomoSimulatorTest(config = "{\"errors\":{\"invalidCurrencyStatus\":400}}")
  class InvalidCurrencyAs400 {
    @AutoClose private final SandboxSession sim;

    InvalidCurrencyAs400(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void answersInvalidCurrencyWithTheConfiguredStatus() {
      ProductApi api = sim.api(Product.COLLECTION);

      Reply reply =
          api.create(
              SandboxSession.newReference(),
              Payments.of(Product.COLLECTION, "10", PLAIN_MSISDN).put("currency", "GHS"));

      Expect.momoError(reply, 400, "INVALID_CURRENCY");
    }
  }
}
