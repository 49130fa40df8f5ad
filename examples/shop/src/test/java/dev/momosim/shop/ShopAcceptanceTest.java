package dev.momosim.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shop end to end against an embedded simulator (its JUnit 5 extension), over HTTP. */
@MomoSimulatorTest
class ShopAcceptanceTest {
  static final String BUYER = "256770000001";
  static final String SELLER_1 = "MSISDN:256784555222";
  static final String SELLER_2 = "MSISDN:256784558222";

  private final SandboxCredentials sandbox;
  private final Sim sim;
  private EmbeddedShop shop;
  private ShopHttp http;

  ShopAcceptanceTest(SandboxCredentials sandbox, SimulatorControl control) {
    this.sandbox = sandbox;
    this.sim = new Sim(control);
  }

  @BeforeEach
  void startShop() {
    shop = EmbeddedShop.start(sandbox);
    http = shop.http();
    sim.setBalance(SELLER_1, "1000");
    sim.setBalance(SELLER_2, "1000");
  }

  @AfterEach
  void stopShop() {
    shop.close();
  }

  @Test
  void paysTheSellerExactlyEightyPercentOnceThePaymentSucceeds() {
    ShopHttp.Answer answer = http.pay(ShopHttp.order(BUYER, 2, 3));

    assertThat(answer.status()).isEqualTo(200);
    JsonObject order = answer.body();
    assertThat(order.getBoolean("paid")).isTrue();
    assertThat(order.getString("amount")).isEqualTo("6000");
    assertThat(order.getJsonObject("payment").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(order.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(order.getString("message")).isEqualTo(FriendlyMessages.ALL_DONE);
    assertThat(sim.balance(SELLER_2)).isEqualByComparingTo(new BigDecimal("5800"));
    assertThat(sim.transactions("transfer", "256784558222"))
        .singleElement()
        .satisfies(t -> assertThat(t.amount()).isEqualTo("4800"));
  }

  @Test
  void learnsTheFinalStatusFromItsCallbackWhenOneComes() {
    JsonObject order = http.pay(ShopHttp.order(BUYER, 1, 1)).body();

    assertThat(order.getJsonObject("payment").getString("settledBy")).isEqualTo("callback");
    assertThat(order.getJsonObject("payout").getString("settledBy")).isEqualTo("callback");
  }

  @Test
  void fallsBackToPollingWhenTheCallbackNeverComes() {
    sim.addRules(
        "[{\"name\":\"callbacks lost\",\"match\":{\"partyId\":\""
            + BUYER
            + "\"},\"outcome\":{\"status\":\"SUCCESSFUL\",\"delaySeconds\":0,"
            + "\"callbackFault\":{\"drop\":true}}}]");

    JsonObject order = http.pay(ShopHttp.order(BUYER, 1, 1)).body();

    assertThat(order.getBoolean("paid")).isTrue();
    assertThat(order.getJsonObject("payment").getString("settledBy")).isEqualTo("polling");
    assertThat(order.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(sim.balance(SELLER_1)).isEqualByComparingTo(new BigDecimal("1800"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "46733123450, INTERNAL_PROCESSING_ERROR",
    "46733123451, APPROVAL_REJECTED",
    "46733123452, EXPIRED",
    "46733123455, PAYER_NOT_FOUND",
    "46733123456, PAYEE_NOT_ALLOWED_TO_RECEIVE",
    "46733123457, NOT_ALLOWED",
    "46733123458, NOT_ALLOWED_TARGET_ENVIRONMENT",
    "46733123459, INVALID_CALLBACK_URL_HOST",
    "46733123460, INVALID_CURRENCY",
    "46733123461, INTERNAL_PROCESSING_ERROR",
    "46733123462, SERVICE_UNAVAILABLE",
    "46733123463, COULD_NOT_PERFORM_TRANSACTION",
    "46733123464, TRANSFERTYPE_UNKNOWN"
  })
  void answersEverySandboxFailureWithAFriendlyMessageAndNoPayout(String phone, String reason) {
    JsonObject order = http.pay(ShopHttp.order(phone, 1, 1)).body();

    assertNotPaid(order, reason);
  }

  @Test
  void saysTheBalanceIsTooLowWhenThePayerCannotAffordIt() {
    sim.setBalance("MSISDN:" + BUYER, "10");

    JsonObject order = http.pay(ShopHttp.order(BUYER, 1, 1)).body();

    assertNotPaid(order, "NOT_ENOUGH_FUNDS");
    assertThat(order.getString("message")).contains("balance is too low");
  }

  @Test
  void saysSoWhenThePayerIsOverTheirLimit() {
    sim.addRules(
        "[{\"match\":{\"operations\":[\"requesttopay\"]},"
            + "\"outcome\":{\"status\":\"FAILED\",\"reason\":\"PAYER_LIMIT_REACHED\"}}]");

    assertNotPaid(http.pay(ShopHttp.order(BUYER, 1, 1)).body(), "PAYER_LIMIT_REACHED");
  }

  @Test
  void givesAFriendlyMessageWhenMomoRefusesTheRequestItself() {
    sim.addRules(
        "[{\"match\":{\"operations\":[\"requesttopay\"]},"
            + "\"outcome\":{\"httpFault\":{\"status\":500,\"code\":\"NOT_ALLOWED\"}}}]");

    JsonObject order = http.pay(ShopHttp.order(BUYER, 1, 1)).body();

    assertNotPaid(order, "NOT_ALLOWED");
    assertThat(sim.transactions("requesttopay", BUYER)).isEmpty();
  }

  @Test
  void neverPaysTheSellerWhileThePaymentIsPendingAndPaysRightAfterApproval() {
    sim.customerApprovesOnThePhone();

    ShopHttp.Answer accepted = http.payAsync(ShopHttp.order(BUYER, 1, 2));
    assertThat(accepted.status()).isEqualTo(202);
    String ref = accepted.body().getJsonObject("payment").getString("referenceId");
    JsonObject pending =
        http.awaitPayment(
            ref,
            "the shop to have read the pending status three times",
            o ->
                "PENDING".equals(o.getJsonObject("payment").getString("status"))
                    && sim.statusReads(ref) >= 3);

    assertThat(pending.getBoolean("paid")).isFalse();
    assertThat(pending.getBoolean("done")).isFalse();
    assertThat(pending.getString("message")).isEqualTo(FriendlyMessages.APPROVE_ON_PHONE);
    assertThat(pending.getValue("payout")).isNull();
    assertThat(sim.transactions("transfer", "256784555222")).isEmpty();

    sim.approve(ref);
    JsonObject done = http.awaitDone(ref);

    assertThat(done.getBoolean("paid")).isTrue();
    assertThat(done.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(sim.balance(SELLER_1)).isEqualByComparingTo(new BigDecimal("2600"));
  }

  @Test
  void awaitsAPendingPayoutTheSameWayBeforeSayingTheSellerIsPaid() {
    sim.manualApproval();
    String ref =
        http.payAsync(ShopHttp.order(BUYER, 1, 1))
            .body()
            .getJsonObject("payment")
            .getString("referenceId");
    http.awaitPayment(
        ref,
        "the payment to be pending",
        o -> "PENDING".equals(o.getJsonObject("payment").getString("status")));
    sim.approve(ref);

    JsonObject paying =
        http.awaitPayment(
            ref,
            "the payout to be pending",
            o ->
                o.getJsonObject("payout") != null
                    && "PENDING".equals(o.getJsonObject("payout").getString("status")));
    assertThat(paying.getBoolean("done")).isFalse();
    assertThat(paying.getString("message")).isEqualTo(FriendlyMessages.PAYING_SELLER);
    assertThat(sim.balance(SELLER_1)).isEqualByComparingTo(new BigDecimal("1000"));

    sim.approve(paying.getJsonObject("payout").getString("referenceId"));
    JsonObject done = http.awaitDone(ref);

    assertThat(done.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(done.getString("message")).isEqualTo(FriendlyMessages.ALL_DONE);
    assertThat(sim.balance(SELLER_1)).isEqualByComparingTo(new BigDecimal("1800"));
  }

  @Test
  void aPaymentLeftPendingUntilItExpiresIsNeverPaidOut() {
    sim.customerApprovesOnThePhone();
    String ref =
        http.payAsync(ShopHttp.order(BUYER, 1, 1))
            .body()
            .getJsonObject("payment")
            .getString("referenceId");
    http.awaitPayment(
        ref,
        "the payment to be pending",
        o -> "PENDING".equals(o.getJsonObject("payment").getString("status")));

    sim.advanceClock(Duration.ofMinutes(5).plusSeconds(1));

    assertNotPaid(http.awaitDone(ref), "EXPIRED");
  }

  @Test
  void aDuplicateSubmitOfOneOrderChargesOnce() {
    sim.customerApprovesOnThePhone();
    JsonObject order = ShopHttp.order(BUYER, 1, 1).put("orderId", "order-42");

    JsonObject first = http.payAsync(order).body();
    JsonObject second = http.payAsync(order).body();
    ShopHttp.Answer third =
        http.payWithForm(
            "phone=" + BUYER + "&productId=1&qty=1&wait=false", "Idempotency-Key", "order-42");

    String ref = first.getJsonObject("payment").getString("referenceId");
    assertThat(second.getJsonObject("payment").getString("referenceId")).isEqualTo(ref);
    assertThat(third.body().getJsonObject("payment").getString("referenceId")).isEqualTo(ref);
    http.awaitPayment(
        ref,
        "the payment to be pending",
        o -> "PENDING".equals(o.getJsonObject("payment").getString("status")));
    sim.approve(ref);
    assertThat(http.awaitDone(ref).getBoolean("paid")).isTrue();
    JsonObject again = http.pay(order).body();

    assertThat(again.getJsonObject("payment").getString("referenceId")).isEqualTo(ref);
    assertThat(sim.transactions("requesttopay", BUYER)).hasSize(1);
    assertThat(sim.transactions("transfer", "256784555222")).hasSize(1);
    assertThat(sim.balance(SELLER_1)).isEqualByComparingTo(new BigDecimal("1800"));
  }

  @Test
  void refusesAnOrderIdReusedForADifferentOrder() {
    http.pay(ShopHttp.order(BUYER, 1, 1).put("orderId", "order-7"));

    ShopHttp.Answer reused = http.pay(ShopHttp.order(BUYER, 2, 1).put("orderId", "order-7"));

    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.body().getString("field")).isEqualTo("orderId");
  }

  @Test
  void tellsTheCustomerTheirPaymentStandsWhenThePayoutFailsForLackOfFunds() {
    sim.setBalance("PARTNER:disbursement", "0");
    JsonObject request = ShopHttp.order(BUYER, 1, 1).put("orderId", "order-short");

    JsonObject order = http.pay(request).body();

    assertThat(order.getBoolean("paid")).isTrue();
    assertThat(order.getJsonObject("payment").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(order.getJsonObject("payout").getString("status")).isEqualTo("FAILED");
    assertThat(order.getJsonObject("payout").getString("reason")).isEqualTo("NOT_ENOUGH_FUNDS");
    assertThat(order.getString("message"))
        .isEqualTo(FriendlyMessages.payoutFailed("NOT_ENOUGH_FUNDS"))
        .contains("short of funds")
        .doesNotContain("will settle");
    assertThat(sim.balance(SELLER_1)).isEqualByComparingTo(new BigDecimal("1000"));

    JsonObject again = http.pay(request).body();
    assertThat(again.getJsonObject("payout").getString("status")).isEqualTo("FAILED");
    assertThat(sim.transactions("transfer", "256784555222")).hasSize(1);
  }

  @Test
  void aForgedCallbackDoesNotPayTheSeller() {
    sim.customerApprovesOnThePhone();
    String ref =
        http.payAsync(ShopHttp.order(BUYER, 1, 1))
            .body()
            .getJsonObject("payment")
            .getString("referenceId");
    http.awaitPayment(
        ref,
        "the payment to be pending",
        o -> "PENDING".equals(o.getJsonObject("payment").getString("status")));

    http.callback(ref, "{\"status\":\"SUCCESSFUL\",\"amount\":\"1000\",\"currency\":\"EUR\"}");
    long reads = sim.statusReads(ref);
    http.awaitPayment(
        ref, "the shop to read the status again", o -> sim.statusReads(ref) > reads + 1);

    JsonObject order = http.get("/payments/" + ref).body();
    assertThat(order.getJsonObject("payment").getString("status")).isEqualTo("PENDING");
    assertThat(order.getValue("payout")).isNull();
  }

  @Test
  void refusesBadInputNamingTheField() {
    assertThat(http.pay(ShopHttp.order("12ab", 1, 1)).body().getString("field")).isEqualTo("phone");
    ShopHttp.Answer product = http.pay(ShopHttp.order(BUYER, 3, 1));
    assertThat(product.status()).isEqualTo(400);
    assertThat(product.body().getString("message")).contains("productId");
    assertThat(http.pay(ShopHttp.order(BUYER, 1, 0)).body().getString("field")).isEqualTo("qty");
    assertThat(http.payWithForm("phone=" + BUYER + "&productId=one").body().getString("field"))
        .isEqualTo("productId");
  }

  @Test
  void showsTheCollectionBalance() {
    http.pay(ShopHttp.order(BUYER, 1, 1));

    JsonObject balance = http.get("/balance").body();

    assertThat(new BigDecimal(balance.getString("availableBalance"))).isEqualByComparingTo("1000");
    assertThat(balance.getString("currency")).isEqualTo("EUR");
  }

  @Test
  void servesThePointOfSalePage() {
    assertThat(http.get("/").status()).isEqualTo(200);
  }

  private void assertNotPaid(JsonObject order, String reason) {
    assertThat(order.getBoolean("paid")).isFalse();
    assertThat(order.getBoolean("done")).isTrue();
    assertThat(order.getJsonObject("payment").getString("status")).isEqualTo("FAILED");
    assertThat(order.getJsonObject("payment").getString("reason")).isEqualTo(reason);
    assertThat(order.getValue("payout")).isNull();
    assertThat(order.getString("message"))
        .isEqualTo(FriendlyMessages.paymentFailed(reason))
        .doesNotStartWith("The payment did not go through");
    assertThat(sim.transactions("transfer", "256784555222")).isEmpty();
  }
}
