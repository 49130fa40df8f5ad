package dev.momosim.client.product;

import dev.momosim.client.exception.MomoException;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Transfer;
import io.vertx.core.Future;

/**
 * Transfers to a payee, shared by {@link dev.momosim.client.disbursements.Disbursements} and {@link
 * dev.momosim.client.remittances.Remittances}. Thread-safe; a failed {@code Future} carries a
 * {@link MomoException}.
 */
public interface TransferOperations extends ProductOperations {

  /**
   * Sends a transfer with a generated reference id and the default callback URL.
   *
   * @return the reference id, once MoMo accepted the transfer (202); the outcome comes later
   */
  default Future<String> transfer(Transfer transfer) {
    return transfer(transfer, CreateOptions.defaults());
  }

  /**
   * Sends a transfer. Transient failures are retried with the same reference id, so the payee is
   * paid at most once.
   *
   * @return the reference id, once MoMo accepted the transfer (202)
   */
  Future<String> transfer(Transfer transfer, CreateOptions options);
}
