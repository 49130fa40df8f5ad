package dev.momosim.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.cli.MomoSimCommand;
import dev.momosim.simulator.control.HttpSimulatorControl;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outside check: {@code momo-sim serve} and {@code momo-shop} each in its own JVM, as
 * the README starts them (the simulator with the demo's rule file, the shop with nothing but {@code
 * MOMO_BASE_URL}: the preset users are its defaults), driven over HTTP only. Each test starts two
 * JVMs (seconds each), so related checks share one pair.
 */
class ShopProcessAcceptanceTest {
  private static final Pattern SIMULATOR = Pattern.compile("momo-sim listening on (http://\\S+)");
  private static final Pattern SHOP = Pattern.compile("momo-shop listening on (http://\\S+)");

  private Spawned simulator;
  private Spawned shopProcess;
  private Vertx vertx;
  private HttpSimulatorControl control;
  private Sim sim;
  private ShopHttp shop;

  /** Starts {@code momo-sim serve --port 0 ARGS} and the shop pointed at it. */
  private void start(String... args) throws IOException {
    String[] serve = new String[args.length + 3];
    serve[0] = "serve";
    serve[1] = "--port";
    serve[2] = "0";
    System.arraycopy(args, 0, serve, 3, args.length);
    simulator = Spawned.start(MomoSimCommand.class, Map.of(), serve);
    String simulatorUrl = simulator.await(SIMULATOR).group(1);
    shopProcess =
        Spawned.start(ShopCommand.class, Map.of("MOMO_BASE_URL", simulatorUrl), "--port", "0");
    shop = new ShopHttp(shopProcess.await(SHOP).group(1));
    vertx = Vertx.vertx();
    control = new HttpSimulatorControl(vertx, simulatorUrl);
    sim = new Sim(control);
    sim.setBalance("MSISDN:256784555222", "1000");
  }

  @AfterEach
  void stop() throws Exception {
    try (Spawned a = shopProcess;
        Spawned b = simulator) {
      if (vertx != null) {
        control.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void paysForANormalPhoneAndTheSellerGetsExactlyEightyPercent() throws IOException {
    start();
    JsonObject order = shop.pay(ShopHttp.order("46733123499", 1, 1)).body();

    assertThat(order.getBoolean("paid")).isTrue();
    assertThat(order.getJsonObject("payment").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(order.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(sim.balance("MSISDN:256784555222")).isEqualByComparingTo(new BigDecimal("1800"));
  }

  /** Two failures in one pair of processes: each JVM start costs seconds. */
  @Test
  void aRejectedPaymentAndAPayoutShortOfFundsGetFriendlyMessages() throws IOException {
    start();
    JsonObject order = shop.pay(ShopHttp.order("46733123451", 1, 1)).body();

    assertThat(order.getBoolean("paid")).isFalse();
    assertThat(order.getString("message"))
        .isEqualTo(FriendlyMessages.paymentFailed("APPROVAL_REJECTED"));
    assertThat(order.getValue("payout")).isNull();
    assertThat(sim.transactions("transfer", "256784555222")).isEmpty();

    sim.setBalance("PARTNER:disbursement", "0");
    JsonObject paid = shop.pay(ShopHttp.order("256770000001", 1, 1)).body();

    assertThat(paid.getBoolean("paid")).isTrue();
    assertThat(paid.getJsonObject("payout").getString("status")).isEqualTo("FAILED");
    assertThat(paid.getJsonObject("payout").getString("reason")).isEqualTo("NOT_ENOUGH_FUNDS");
    assertThat(paid.getString("message"))
        .isEqualTo(FriendlyMessages.payoutFailed("NOT_ENOUGH_FUNDS"));
    assertThat(sim.balance("MSISDN:256784555222")).isEqualByComparingTo(new BigDecimal("1000"));
  }

  @Test
  void withManualApprovalPaysTheSellerOnlyAfterThePayerApprovesAndChargesADuplicateSubmitOnce()
      throws IOException {
    start("--config", "demo-simulator.json");
    JsonObject request = ShopHttp.order("256770000001", 1, 1).put("orderId", "order-1");
    ShopHttp.Answer accepted = shop.payAsync(request);
    assertThat(accepted.status()).isEqualTo(202);
    String ref = accepted.body().getJsonObject("payment").getString("referenceId");
    assertThat(shop.payAsync(request).body().getJsonObject("payment").getString("referenceId"))
        .isEqualTo(ref);
    JsonObject pending =
        shop.awaitPayment(
            ref,
            "the shop to have read the pending status twice",
            o ->
                "PENDING".equals(o.getJsonObject("payment").getString("status"))
                    && sim.statusReads(ref) >= 2);
    assertThat(pending.getValue("payout")).isNull();
    assertThat(sim.transactions("transfer", "256784555222")).isEmpty();

    sim.approve(ref);
    JsonObject done = shop.awaitDone(ref);

    assertThat(done.getBoolean("paid")).isTrue();
    assertThat(done.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(shop.pay(request).body().getJsonObject("payment").getString("referenceId"))
        .isEqualTo(ref);
    assertThat(sim.transactions("requesttopay", "256770000001")).hasSize(1);
    assertThat(sim.transactions("transfer", "256784555222")).hasSize(1);
    assertThat(sim.balance("MSISDN:256784555222")).isEqualByComparingTo(new BigDecimal("1800"));
    assertThat(String.join("\n", shopProcess.output()))
        .doesNotContain("c011ec7a000000000000000000000001")
        .doesNotContain("d15b0e5a000000000000000000000001")
        .doesNotContain("Bearer");
  }

  @Test
  void fallsBackToPollingWhenTheSimulatorDropsEveryCallback() throws IOException {
    start();
    sim.addRules(
        "[{\"name\":\"callbacks lost\",\"outcome\":{\"status\":\"SUCCESSFUL\","
            + "\"callbackFault\":{\"drop\":true}}}]");

    JsonObject order = shop.pay(ShopHttp.order("256770000001", 1, 1)).body();

    assertThat(order.getBoolean("paid")).isTrue();
    assertThat(order.getJsonObject("payment").getString("settledBy")).isEqualTo("polling");
    assertThat(order.getJsonObject("payout").getString("settledBy")).isEqualTo("polling");
    assertThat(order.getJsonObject("payout").getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(sim.balance("MSISDN:256784555222")).isEqualByComparingTo(new BigDecimal("1800"));
  }
}
