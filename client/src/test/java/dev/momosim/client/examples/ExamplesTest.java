package dev.momosim.client.examples;

import static dev.momosim.client.FakeMomo.empty;
import static dev.momosim.client.FakeMomo.json;
import static dev.momosim.client.Futures.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.FakeMomo;
import dev.momosim.client.MomoClient;
import dev.momosim.client.TestClients;
import dev.momosim.client.model.TransactionStatus;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ExamplesTest {

  private FakeMomo momo;
  private MomoClient client;
  private final Map<String, JsonObject> stored = new ConcurrentHashMap<>();
  private volatile String transferOutcome =
      "\"status\":\"SUCCESSFUL\",\"financialTransactionId\":\"684835019\"";

  @BeforeEach
  void start(Vertx vertx) {
    momo = await(FakeMomo.start(vertx));
    for (String resource :
        new String[] {"/collection/v1_0/requesttopay", "/disbursement/v1_0/transfer"}) {
      momo.on(
          HttpMethod.POST,
          resource,
          ctx -> {
            stored.put(ctx.request().getHeader("X-Reference-Id"), ctx.body().asJsonObject());
            empty(ctx, 202);
          });
    }
    momo.on(
        HttpMethod.GET,
        "/collection/v1_0/requesttopay/:ref",
        ctx ->
            json(
                ctx,
                200,
                stored.get(ctx.pathParam("ref")).copy().put("status", "SUCCESSFUL").encode()));
    momo.on(
        HttpMethod.GET,
        "/disbursement/v1_0/transfer/:ref",
        ctx ->
            json(
                ctx,
                200,
                stored
                    .get(ctx.pathParam("ref"))
                    .copy()
                    .mergeIn(new JsonObject("{" + transferOutcome + "}"))
                    .encode()));
    client = TestClients.builder(momo, vertx).build();
  }

  private JsonObject transferSent() {
    return stored.values().stream()
        .filter(body -> body.containsKey("payee"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void paysTheSellerEightyPercentAfterTheBuyerPaid() {
    String message =
        await(
            new MarketplaceExample(client, Duration.ofSeconds(5))
                .sell("order-7", "46733123450", "46733123460", new BigDecimal("1000")));
    assertThat(message).isEqualTo("Payment succeeded and seller was paid 80%");
    assertThat(transferSent().getString("amount")).isEqualTo("800.00");
    assertThat(transferSent().getJsonObject("payee").getString("partyId")).isEqualTo("46733123460");
  }

  @Test
  void reportsInsufficientBalanceWhenTheTransferFailsNotEnoughFunds() {
    transferOutcome = "\"status\":\"FAILED\",\"reason\":\"NOT_ENOUGH_FUNDS\"";
    String message =
        await(
            new MarketplaceExample(client, Duration.ofSeconds(5))
                .sell("order-8", "46733123450", "46733123460", new BigDecimal("2000")));
    assertThat(message).isEqualTo("You have insufficient balance");
  }

  @Test
  void collectsFromAPlainThreadByJoiningTheFutures() {
    assertThat(BlockingExample.collect(client, "46733123450").status())
        .isEqualTo(TransactionStatus.SUCCESSFUL);
  }
}
