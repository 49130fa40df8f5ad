package dev.momosim.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.Collections;
import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.product.Product;
import dev.momosim.client.remittances.Remittances;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each product's operations are its own object: none can be cast to another product's. */
class ProductSeparationTest {
  private final Vertx vertx = Vertx.vertx();
  private final MomoClient client =
      MomoClient.builder()
          .vertx(vertx)
          .baseUrl("http://127.0.0.1:1")
          .credentials(
              Product.COLLECTION,
              TestClients.COLLECTION_KEY,
              TestClients.API_USER,
              TestClients.API_KEY)
          .credentials(
              Product.DISBURSEMENT,
              TestClients.DISBURSEMENT_KEY,
              TestClients.API_USER,
              TestClients.API_KEY)
          .credentials(
              Product.REMITTANCE,
              TestClients.REMITTANCE_KEY,
              TestClients.API_USER,
              TestClients.API_KEY)
          .build();

  @AfterEach
  void close() {
    client.close().toCompletionStage().toCompletableFuture().join();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void disbursementsAreNotRemittancesAndTheOtherWayRound() {
    assertThat(client.disbursements()).isNotInstanceOf(Remittances.class);
    assertThat(client.remittances()).isNotInstanceOf(Disbursements.class);
    assertThat(client.collections()).isNotInstanceOfAny(Disbursements.class, Remittances.class);
    assertThat(client.disbursements()).isNotInstanceOf(Collections.class);
  }
}
