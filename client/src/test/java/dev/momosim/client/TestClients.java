package dev.momosim.client;

import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.RetryPolicy;
import dev.momosim.client.product.Product;
import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * Builders pointed at a {@link FakeMomo}, with fast retries and polling. The credentials are made
 * up for the fake, which checks none of them (they are not the simulator's preset ones).
 */
public final class TestClients {

  public static final String COLLECTION_KEY = "c0000000000000000000000000000001";
  public static final String DISBURSEMENT_KEY = "d0000000000000000000000000000001";
  public static final String REMITTANCE_KEY = "e0000000000000000000000000000001";
  public static final String API_USER = "6f2b3b4e-1d2c-4a5b-9c8d-7e6f5a4b3c2d";
  public static final String API_KEY = "f1e2d3c4b5a697881726354453627180";

  private TestClients() {}

  public static MomoClientBuilder builder(FakeMomo momo, Vertx vertx) {
    return MomoClient.builder()
        .vertx(vertx)
        .baseUrl(momo.baseUrl())
        .credentials(Product.COLLECTION, COLLECTION_KEY, API_USER, API_KEY)
        .credentials(Product.DISBURSEMENT, DISBURSEMENT_KEY, API_USER, API_KEY)
        .credentials(Product.REMITTANCE, REMITTANCE_KEY, API_USER, API_KEY)
        .requestTimeout(Duration.ofSeconds(2))
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2.0, 0.0))
        .pollingPolicy(
            new PollingPolicy(Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(500)));
  }
}
