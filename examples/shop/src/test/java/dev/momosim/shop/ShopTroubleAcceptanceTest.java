package dev.momosim.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.ApiUserCredentials;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shop when something is wrong on its side of MoMo: its credentials are refused, MoMo cannot be
 * reached, or no final status comes within the approval window (a short one here, so these tests
 * wait a few seconds at most), and what a resubmitted order does then.
 */
@MomoSimulatorTest
class ShopTroubleAcceptanceTest {
  private static final String BUYER = ShopAcceptanceTest.BUYER;
  private static final String SELLER = "256784555222";
  private static final Duration SHORT_WINDOW = Duration.ofSeconds(3);

  private final SandboxCredentials sandbox;
  private final Sim sim;

  ShopTroubleAcceptanceTest(SandboxCredentials sandbox, SimulatorControl control) {
    this.sandbox = sandbox;
    this.sim = new Sim(control);
  }

  @BeforeEach
  void fundTheSeller() {
    sim.setBalance("MSISDN:" + SELLER, "1000");
  }

  @ParameterizedTest(name = "wrong {0}")
  @ValueSource(strings = {"subscription key", "API key"})
  void asksTheCustomerToPayAnotherWayWhenMomoRefusesTheShopsCredentials(String wrong) {
    ApiUserCredentials right = sandbox.collection();
    UnaryOperator<MomoClientBuilder> wrongCredentials =
        builder ->
            builder.credentials(
                Product.COLLECTION,
                wrong.equals("subscription key") ? "0".repeat(32) : right.subscriptionKey(),
                right.apiUserId(),
                wrong.equals("API key") ? "0".repeat(32) : right.apiKey());

    JsonObject order;
    try (EmbeddedShop shop = EmbeddedShop.start(sandbox, wrongCredentials, SHORT_WINDOW)) {
      order = shop.http().pay(ShopHttp.order(BUYER, 1, 1)).body();
    }

    assertThat(order.getBoolean("paid")).isFalse();
    assertThat(order.getBoolean("done")).isTrue();
    assertThat(order.getJsonObject("payment").getString("status")).isEqualTo("FAILED");
    assertThat(order.getJsonObject("payment").getString("reason"))
        .isEqualTo(Refusal.SHOP_NOT_AUTHORISED);
    assertThat(order.getString("message"))
        .isEqualTo(FriendlyMessages.SHOP_NOT_AUTHORISED)
        .doesNotContain("try again");
    assertThat(order.getValue("payout")).isNull();
    assertThat(sim.transactions("requesttopay", BUYER)).isEmpty();
  }

  @Test
  void saysMomoCouldNotBeReachedWhenNothingListensThere() throws IOException {
    String closed = "http://127.0.0.1:" + closedPort();

    JsonObject order;
    try (EmbeddedShop shop = EmbeddedShop.start(sandbox, b -> b.baseUrl(closed), SHORT_WINDOW)) {
      order = shop.http().pay(ShopHttp.order(BUYER, 1, 1)).body();
    }

    assertThat(order.getBoolean("paid")).isFalse();
    assertThat(order.getBoolean("done")).isTrue();
    assertThat(order.getJsonObject("payment").getString("status")).isEqualTo("UNKNOWN");
    assertThat(order.getJsonObject("payment").getValue("reason")).isNull();
    assertThat(order.getString("message")).isEqualTo(FriendlyMessages.UNREACHABLE);
    assertThat(order.getValue("payout")).isNull();
  }

  @Test
  void anOrderLeftWithoutAFinalStatusIsUnknownAndItsResubmitAwaitsTheFirstRequest() {
    sim.customerApprovesOnThePhone();
    JsonObject request = ShopHttp.order(BUYER, 1, 1).put("orderId", "order-late");

    try (EmbeddedShop shop = EmbeddedShop.start(sandbox, UnaryOperator.identity(), SHORT_WINDOW)) {
      JsonObject unknown = shop.http().pay(request).body();
      assertThat(unknown.getBoolean("done")).isTrue();
      assertThat(unknown.getBoolean("paid")).isFalse();
      assertThat(unknown.getJsonObject("payment").getString("status")).isEqualTo("UNKNOWN");
      assertThat(unknown.getString("message")).isEqualTo(FriendlyMessages.NO_ANSWER);
      assertThat(unknown.getValue("payout")).isNull();
      String ref = unknown.getJsonObject("payment").getString("referenceId");
      sim.approve(ref);

      JsonObject done = shop.http().pay(request).body();

      assertThat(done.getJsonObject("payment").getString("referenceId")).isEqualTo(ref);
      assertThat(done.getJsonObject("payment").getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(done.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(done.getString("message")).isEqualTo(FriendlyMessages.ALL_DONE);
      assertThat(sim.postStatuses(ref)).containsExactly(202, 409);
      assertThat(sim.transactions("requesttopay", BUYER)).hasSize(1);
      assertThat(sim.balance("MSISDN:" + SELLER)).isEqualByComparingTo(new BigDecimal("1800"));
    }
  }

  @Test
  void aPayoutLeftWithoutAFinalStatusIsCheckedAgainWhenTheOrderIsResubmitted() {
    sim.addRules(
        "[{\"name\":\"payouts wait\",\"match\":{\"operations\":[\"transfer\"]},"
            + "\"outcome\":{\"manual\":true}}]");
    JsonObject request = ShopHttp.order(BUYER, 1, 1).put("orderId", "order-payout-late");

    try (EmbeddedShop shop = EmbeddedShop.start(sandbox, UnaryOperator.identity(), SHORT_WINDOW)) {
      JsonObject unknown = shop.http().pay(request).body();
      assertThat(unknown.getBoolean("paid")).isTrue();
      assertThat(unknown.getBoolean("done")).isTrue();
      assertThat(unknown.getJsonObject("payout").getString("status")).isEqualTo("UNKNOWN");
      assertThat(unknown.getString("message")).isEqualTo(FriendlyMessages.PAYOUT_NO_ANSWER);
      assertThat(sim.balance("MSISDN:" + SELLER)).isEqualByComparingTo(new BigDecimal("1000"));
      String payoutRef = unknown.getJsonObject("payout").getString("referenceId");
      sim.approve(payoutRef);

      JsonObject done = shop.http().pay(request).body();

      assertThat(done.getJsonObject("payout").getString("referenceId")).isEqualTo(payoutRef);
      assertThat(done.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(done.getString("message")).isEqualTo(FriendlyMessages.ALL_DONE);
      assertThat(sim.postStatuses(payoutRef)).containsExactly(202, 409);
      assertThat(sim.transactions("requesttopay", BUYER)).hasSize(1);
      assertThat(sim.transactions("transfer", SELLER)).hasSize(1);
      assertThat(sim.balance("MSISDN:" + SELLER)).isEqualByComparingTo(new BigDecimal("1800"));
    }
  }

  /** A port nothing listens on (free a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
