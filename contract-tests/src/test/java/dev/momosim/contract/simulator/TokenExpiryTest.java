package dev.momosim.contract.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.MomoClient;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.MomoTarget;
import dev.momosim.contract.target.SimulatorOnly;
import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.control.RequestView;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token expiry on the simulator clock (§4: 3600 s): the client refreshes transparently after a 401.
 */
@Contract
@SimulatorOnly
class TokenExpiryTest {

  private MomoTarget target;

  @BeforeEach
  void setUp(MomoTarget target) {
    this.target = target;
  }

  @Test
  void callAfterTheTokenExpiredStillSucceedsWithASecondToken() {
    MomoClient client = target.newClient(builder -> builder);
    try {
      Await.result(client.collections().balance());
      long tokensBefore = tokenRequests();

      Await.result(target.control().advanceClock(Duration.ofSeconds(3601)));
      String balance = Await.result(client.collections().balance()).availableBalance();

      assertThat(balance).isNotBlank();
      assertThat(tokenRequests()).as("token requests after the expiry").isEqualTo(tokensBefore + 1);
      List<RequestView> balanceReads =
          Await.result(
              target
                  .control()
                  .requests(
                      RequestFilter.ALL.withPathContaining("/collection/v1_0/account/balance")));
      assertThat(balanceReads.stream().map(RequestView::status).limit(2))
          .as("newest first: the retried read, then the refused one")
          .containsExactly(200, 401);
    } finally {
      Await.result(client.close());
    }
  }

  @Test
  void expiredTokenIsRefusedWithUnauthorized() {
    var raw = target.raw();
    var headers =
        raw.productHeaders(
            dev.momosim.client.product.Product.COLLECTION,
            target.credentials(dev.momosim.client.product.Product.COLLECTION));
    Await.result(target.control().advanceClock(Duration.ofSeconds(3601)));

    var answer =
        raw.send(
            io.vertx.core.http.HttpMethod.GET, "/collection/v1_0/account/balance", headers, null);

    assertThat(answer.status()).isEqualTo(401);
  }

  private long tokenRequests() {
    return Await.result(
            target.control().requests(RequestFilter.ALL.withPathContaining("/collection/token/")))
        .size();
  }
}
