package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * Delivery notifications (momo-api.md §5 C7): the partner tells the payer of a successful payment
 * that the goods are delivered, once. The notification is kept on the transaction by
 * compare-and-set, so of two sent at once exactly one succeeds.
 */
public final class DeliveryNotifications {
  private final Time time;
  private final TransactionStore store;
  private final ChangeFeed changes;

  public DeliveryNotifications(Time time, TransactionStore store, ChangeFeed changes) {
    this.time = time;
    this.store = store;
    this.changes = changes;
  }

  /**
   * Sends the one notification of the API user's transaction {@code referenceId} in {@code
   * product}.
   *
   * @return fails 404 RESOURCE_NOT_FOUND for an unknown transaction or another user's, 409
   *     TRANSACTION_NOT_COMPLETED for one not SUCCESSFUL, 429 for a repeat
   */
  public Future<Transaction> notify(Product product, String referenceId, String apiUserId) {
    return time.settleDue()
        .compose(settled -> owned(product, referenceId, apiUserId))
        .compose(
            found -> {
              Transaction transaction = found.orElseThrow(MomoException::notFound);
              if (transaction.status() != TransactionStatus.SUCCESSFUL) {
                throw new MomoException(
                    409,
                    "TRANSACTION_NOT_COMPLETED",
                    "A delivery notification needs a SUCCESSFUL transaction; "
                        + referenceId
                        + " is "
                        + transaction.status()
                        + ".");
              }
              if (transaction.notifiedAt() != null) {
                throw alreadyNotified(referenceId);
              }
              Transaction notified = transaction.notified(time.now());
              return store
                  .compareAndSet(transaction, notified)
                  .map(
                      won -> {
                        if (!won) {
                          throw alreadyNotified(referenceId);
                        }
                        changes.publish(new Change.TransactionChanged(notified));
                        return notified;
                      });
            });
  }

  /**
   * The caller's transaction with this reference id in the path's product, else (under disbursement
   * and remittance, where MTN's SDK sends the same path) the caller's collection request-to-pay
   * with it.
   */
  private Future<Optional<Transaction>> owned(
      Product product, String referenceId, String apiUserId) {
    return store
        .find(product, referenceId)
        .compose(
            found -> {
              Optional<Transaction> own =
                  found.filter(t -> t.request().apiUserId().equals(apiUserId));
              if (own.isPresent() || product == Product.COLLECTION) {
                return Future.succeededFuture(own);
              }
              return store
                  .find(Product.COLLECTION, referenceId)
                  .map(
                      collected ->
                          collected
                              .filter(t -> t.request().operation() == Operation.REQUEST_TO_PAY)
                              .filter(t -> t.request().apiUserId().equals(apiUserId)));
            });
  }

  private static MomoException alreadyNotified(String referenceId) {
    return new MomoException(
        429,
        "TOO_MANY_REQUESTS",
        "A delivery notification was already sent for " + referenceId + "; one is allowed.");
  }
}
