package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox test numbers (§13.2(b) RequestToPay and Transfer columns read with the FAILED +
 * reason meaning of §13.3, as {@link SandboxNumbers} reads them from the digest) and the delayed
 * outcomes on the simulator's clock: issue 2 item 7.
 */
@MomoSimulatorTest
class PaymentOutcomesAcceptanceTest {
  private final SandboxNumbers sandbox = SandboxNumbers.read();
  @AutoClose private final SandboxSession sim;

  PaymentOutcomesAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  /** Every number §13.2(b) documents to fail at once, for payers and for payees. */
  static Stream<Arguments> failingNumbers() {
    SandboxNumbers sandbox = SandboxNumbers.read();
    Stream<Arguments> requestToPay =
        sandbox.failingAtOnce(Column.REQUEST_TO_PAY).stream()
            .map(payer -> Arguments.of(Product.COLLECTION, payer.number(), reasonOf(payer)));
    Stream<Arguments> transfers =
        Stream.of(Product.DISBURSEMENT, Product.REMITTANCE)
            .flatMap(
                p ->
                    sandbox.failingAtOnce(Column.TRANSFER).stream()
                        .map(payee -> Arguments.of(p, payee.number(), reasonOf(payee))));
    return Stream.concat(requestToPay, transfers);
  }

  private static String reasonOf(Payment payment) {
    return payment.outcome().reason();
  }

  @ParameterizedTest(name = "{0} party {1} -> FAILED {2}")
  @MethodSource("failingNumbers")
  void failsATestNumberPaymentWithItsReasonAndMovesNoMoney(
      Product product, String msisdn, String reason) {
    ProductApi api = sim.api(product);
    BigDecimal before = api.balanceAmount();

    String ref = api.pay("100", msisdn);
    Reply reply = api.status(ref);

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(reply.keys()).containsExactlyElementsOf(StatusKeys.of(product, "FAILED"));
    JsonObject body = reply.json();
    assertThat(body.getValue("status")).isEqualTo("FAILED");
    assertThat(body.getValue("reason")).isEqualTo(reason);
    assertThat(body.getJsonObject(product.partyField)).isEqualTo(Payments.party("MSISDN", msisdn));
    assertThat(api.balanceAmount()).isEqualByComparingTo(before);
  }

  @ParameterizedTest(name = "{0} party {1} -> FAILED {2}")
  @MethodSource("failingNumbers")
  void keepsAFailedTestNumberPaymentFailedAsTimePasses(
      Product product, String msisdn, String reason) {
    ProductApi api = sim.api(product);
    String ref = api.pay("100", msisdn);

    sim.advance(Duration.ofMinutes(10));

    JsonObject body = api.statusOf(ref);
    assertThat(body.getValue("status")).isEqualTo("FAILED");
    assertThat(body.getValue("reason")).isEqualTo(reason);
  }

  /** Numbers the sandbox was seen to succeed for (§13.3), and neighbours of the test numbers. */
  static Stream<Arguments> successfulNumbers() {
    List<String> seenSucceeding = SandboxNumbers.read().seenSucceeding();
    return Stream.of(Product.values())
        .flatMap(
            p ->
                Stream.concat(
                        seenSucceeding.stream(),
                        Stream.of(
                            "56733123452",
                            "256774290781",
                            "250788888888",
                            "23423423450",
                            "46733123449",
                            "46733123465",
                            "467331234500",
                            "4673312345"))
                    .map(n -> Arguments.of(p, n)));
  }

  @ParameterizedTest(name = "{0} party {1} -> SUCCESSFUL")
  @MethodSource("successfulNumbers")
  void succeedsAtOnceForAnyOtherNumber(Product product, String msisdn) {
    ProductApi api = sim.api(product);

    JsonObject body = api.statusOf(api.pay("7", msisdn));

    assertThat(body.getValue("status")).isEqualTo("SUCCESSFUL");
    assertThat(body.getString("financialTransactionId")).matches("[0-9]{9,10}");
    assertThat(body.fieldNames()).doesNotContain("reason");
  }

  static Stream<Arguments> msisdnsThatAreNotAllDigits() {
    return Stream.of(Product.values())
        .flatMap(
            p ->
                Stream.of("abc", "+256774290781", "4673312345O", "46 733 123")
                    .map(
                        n ->
                            Arguments.of(
                                p, n, p.isTransfer() ? "PAYEE_NOT_FOUND" : "PAYER_NOT_FOUND")));
  }

  @ParameterizedTest(name = "{0} MSISDN [{1}] -> FAILED {2}")
  @MethodSource("msisdnsThatAreNotAllDigits")
  void failsAnMsisdnThatIsNotAllDigitsAsPartyNotFound(
      Product product, String msisdn, String reason) {
    ProductApi api = sim.api(product);

    JsonObject body = api.statusOf(api.pay("7", msisdn));

    assertThat(body.getValue("status")).isEqualTo("FAILED");
    assertThat(body.getValue("reason")).isEqualTo(reason);
  }

  // ---- the ongoing and the delayed number ---------------------------------------------------

  @ParameterizedTest
  @EnumSource(Product.class)
  void keepsTheOngoingNumberPendingAndExpiresItAfter180SecondsOnTheClock(Product product) {
    sim.freezeClock();
    ProductApi api = sim.api(product);
    BigDecimal before = api.balanceAmount();
    Payment ongoing = documented(product, "Ongoing");
    String ref = api.pay("25", ongoing.number());

    Reply pending = api.status(ref);
    String initial = ongoing.outcome().initialStatus();
    assertThat(pending.keys()).containsExactlyElementsOf(StatusKeys.of(product, initial));
    assertThat(pending.json().getValue("status")).isEqualTo(initial);

    sim.advance(Duration.ofSeconds(179));
    assertThat(api.statusOf(ref).getValue("status")).as("at 179 s").isEqualTo(initial);

    sim.advance(Duration.ofSeconds(2));
    Reply failed = api.status(ref);
    String status = ongoing.outcome().status();
    assertThat(failed.keys()).containsExactlyElementsOf(StatusKeys.of(product, status));
    assertThat(failed.json().getValue("status")).isEqualTo(status);
    assertThat(failed.json().getValue("reason")).isEqualTo(ongoing.outcome().reason());
    assertThat(api.balanceAmount()).isEqualByComparingTo(before);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void reportsTheDelayedNumberCreatedThenSuccessfulAfter25SecondsOnTheClock(Product product) {
    sim.freezeClock();
    ProductApi api = sim.api(product);
    BigDecimal before = api.balanceAmount();
    Payment delayed = documented(product, "Delayed");
    String ref = api.pay("25", delayed.number());

    Reply created = api.status(ref);
    String initial = delayed.outcome().initialStatus();
    assertThat(created.keys()).containsExactlyElementsOf(StatusKeys.of(product, initial));
    assertThat(created.json().getValue("status")).isEqualTo(initial);
    assertThat(api.balanceAmount())
        .as("no money moves before success")
        .isEqualByComparingTo(before);

    sim.advance(Duration.ofSeconds(24));
    assertThat(api.statusOf(ref).getValue("status")).as("at 24 s").isEqualTo(initial);

    sim.advance(Duration.ofSeconds(2));
    Reply done = api.status(ref);
    assertThat(done.keys())
        .containsExactlyElementsOf(StatusKeys.of(product, delayed.outcome().status()));
    assertThat(done.json().getString("financialTransactionId")).matches("[0-9]{9,10}");
    BigDecimal moved =
        product.isTransfer()
            ? before.subtract(new BigDecimal("25"))
            : before.add(new BigDecimal("25"));
    assertThat(api.balanceAmount()).isEqualByComparingTo(moved);
  }

  @Test
  void settlesDelayedOutcomesWhenTheClockIsSetForward() {
    sim.freezeClock();
    ProductApi api = sim.api(Product.DISBURSEMENT);
    String ref = api.pay("1", documented(Product.DISBURSEMENT, "Delayed").number());
    java.time.Instant now = SandboxSession.await(sim.control().now());

    SandboxSession.await(sim.control().setClock(now.plusSeconds(60)));

    assertThat(api.statusOf(ref).getValue("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void rendersTheReasonAsAPlainStringByDefault() {
    ProductApi api = sim.api(Product.REMITTANCE);
    Payment rejected = documented(Product.REMITTANCE, "Rejected");

    JsonObject body = api.statusOf(api.pay("1", rejected.number()));

    assertThat(body.getValue("reason"))
        .isInstanceOf(String.class)
        .isEqualTo(rejected.outcome().reason());
  }

  /** The number §13.2(b) labels {@code label} for the payer or payee of {@code product}. */
  private Payment documented(Product product, String label) {
    return sandbox.payment(product.isTransfer() ? Column.TRANSFER : Column.REQUEST_TO_PAY, label);
  }

  /** With the sandbox table's ongoing expiry at 30 s and its delayed success at 5 s. */
  @Nested
  @MomoSimulatorTest(
      config = "{\"sandbox\":{\"ongoingExpirySeconds\":30,\"delayedSuccessSeconds\":5}}")
  class ShorterSandboxDurations {
    @AutoClose private final SandboxSession sim;

    ShorterSandboxDurations(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void honoursConfiguredOngoingAndDelayedDurations() {
      sim.freezeClock();
      ProductApi api = sim.api(Product.COLLECTION);
      String ongoing = api.pay("1", documented(Product.COLLECTION, "Ongoing").number());
      String delayed = api.pay("1", documented(Product.COLLECTION, "Delayed").number());

      sim.advance(Duration.ofSeconds(4));
      assertThat(api.statusOf(delayed).getValue("status")).isEqualTo("CREATED");
      sim.advance(Duration.ofSeconds(2));
      assertThat(api.statusOf(delayed).getValue("status")).isEqualTo("SUCCESSFUL");

      sim.advance(Duration.ofSeconds(23));
      assertThat(api.statusOf(ongoing).getValue("status")).as("at 29 s").isEqualTo("PENDING");
      sim.advance(Duration.ofSeconds(2));
      JsonObject expired = api.statusOf(ongoing);
      assertThat(expired.getValue("status")).isEqualTo("FAILED");
      assertThat(expired.getValue("reason")).isEqualTo("EXPIRED");
    }
  }

  /** With {@code errors.reasonFormat} object. */
  @Nested
  @MomoSimulatorTest(config = "{\"errors\":{\"reasonFormat\":\"object\"}}")
  class ReasonAsObject {
    @AutoClose private final SandboxSession sim;

    ReasonAsObject(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void rendersTheReasonAsAnObjectWhenConfigured() {
      ProductApi api = sim.api(Product.COLLECTION);
      Payment rejected = documented(Product.COLLECTION, "Rejected");

      JsonObject body = api.statusOf(api.pay("1", rejected.number()));

      assertThat(body.getValue("status")).isEqualTo("FAILED");
      JsonObject reason = body.getJsonObject("reason");
      assertThat(reason.fieldNames()).containsExactlyInAnyOrder("code", "message");
      assertThat(reason.getString("code")).isEqualTo(rejected.outcome().reason());
      assertThat(reason.getString("message")).isNotBlank();
    }
  }
}
