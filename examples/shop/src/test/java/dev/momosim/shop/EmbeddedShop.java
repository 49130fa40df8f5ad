package dev.momosim.shop;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.junit5.ApiUserCredentials;
import dev.momosim.simulator.junit5.SandboxCredentials;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A shop in this JVM, on its own Vert.x instance, pointed at a simulator with its preset users.
 * Polls every second (the default starts at one second too), so a test that drops callbacks still
 * settles quickly.
 */
final class EmbeddedShop implements AutoCloseable {
  private final Vertx vertx;
  private final MomoClient momo;
  private final Shop shop;

  private EmbeddedShop(Vertx vertx, MomoClient momo, Shop shop) {
    this.vertx = vertx;
    this.momo = momo;
    this.shop = shop;
  }

  static EmbeddedShop start(SandboxCredentials sandbox) {
    return start(sandbox, UnaryOperator.identity(), Duration.ofSeconds(60));
  }

  /**
   * A shop whose client settings are changed by {@code change} (a wrong key, a closed port) and
   * that waits at most {@code approvalWindow} for a final status.
   */
  static EmbeddedShop start(
      SandboxCredentials sandbox,
      UnaryOperator<MomoClientBuilder> change,
      Duration approvalWindow) {
    Vertx vertx = Vertx.vertx();
    ApiUserCredentials collection = sandbox.collection();
    ApiUserCredentials disbursement = sandbox.disbursement();
    MomoClientBuilder builder =
        MomoClient.builder()
            .baseUrl(sandbox.baseUrl())
            .credentials(
                Product.COLLECTION,
                collection.subscriptionKey(),
                collection.apiUserId(),
                collection.apiKey())
            .credentials(
                Product.DISBURSEMENT,
                disbursement.subscriptionKey(),
                disbursement.apiUserId(),
                disbursement.apiKey())
            .pollingPolicy(
                new PollingPolicy(
                    Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(10)))
            .vertx(vertx);
    MomoClient momo = change.apply(builder).build();
    ShopConfig config = new ShopConfig("127.0.0.1", 0, null, approvalWindow, "EUR");
    try {
      return new EmbeddedShop(vertx, momo, await(Shop.start(vertx, momo, config)));
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
  }

  String url() {
    return shop.url();
  }

  ShopHttp http() {
    return new ShopHttp(shop.url());
  }

  @Override
  public void close() {
    try {
      await(shop.close());
      await(momo.close());
    } finally {
      await(vertx.close());
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
