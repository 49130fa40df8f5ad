package dev.momosim.contract.target;

import dev.momosim.client.MomoNotFoundException;
import dev.momosim.client.ProductOperations;
import dev.momosim.client.Transaction;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;

/** Reading a transaction's early state: the first status that is visible after the 202. */
public final class Transactions {

  private Transactions() {}

  /**
   * The first status read that is not a 404: MoMo may not show a transaction for a moment after its
   * 202. Polls every 200 ms on a Vert.x timer, up to {@code deadline}.
   */
  public static Transaction firstVisible(
      Vertx vertx, ProductOperations product, String referenceId, Duration deadline) {
    Promise<Transaction> visible = Promise.promise();
    long giveUpAt = System.nanoTime() + deadline.toNanos();
    poll(vertx, product, referenceId, giveUpAt, visible);
    return Await.result(visible.future(), deadline.plusSeconds(5));
  }

  private static void poll(
      Vertx vertx,
      ProductOperations product,
      String referenceId,
      long giveUpAt,
      Promise<Transaction> visible) {
    Future<Transaction> read = product.status(referenceId);
    read.onSuccess(visible::tryComplete)
        .onFailure(
            failure -> {
              if (failure instanceof MomoNotFoundException && System.nanoTime() < giveUpAt) {
                vertx
                    .timer(200)
                    .onComplete(fired -> poll(vertx, product, referenceId, giveUpAt, visible));
              } else {
                visible.tryFail(failure);
              }
            });
  }
}
