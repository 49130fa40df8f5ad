package dev.momosim.contract.target;

import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.product.ProductOperations;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Optional;
import org.awaitility.Awaitility;

/** Reading a transaction's early state: the first status that is visible after the 202. */
public final class Transactions {

  private Transactions() {}

  /**
   * The first status read that is not a 404: MoMo may not show a transaction for a moment after its
   * 202. Reads every 200 ms, up to {@code deadline}; any other failure ends the wait at once.
   *
   * @param vertx the target's Vert.x instance (the reads run on the client's own)
   */
  public static Transaction firstVisible(
      Vertx vertx, ProductOperations product, String referenceId, Duration deadline) {
    return Awaitility.await("the first visible status of " + referenceId)
        .atMost(deadline)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> visible(product, referenceId), Optional::isPresent)
        .orElseThrow();
  }

  /** One status read: empty on a 404, the failure of any other error. */
  private static Optional<Transaction> visible(ProductOperations product, String referenceId) {
    try {
      return Optional.of(Await.result(product.status(referenceId)));
    } catch (AssertionError failed) {
      if (failed.getCause() instanceof MomoNotFoundException) {
        return Optional.empty();
      }
      throw failed;
    }
  }
}
