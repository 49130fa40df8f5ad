package dev.momosim.client.remittances;

import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.product.TransferOperations;
import io.vertx.core.Future;

/**
 * The Remittance product: cross-border transfers to a payee ({@code /remittance/v1_0/transfer}) and
 * cash transfers with the sender's KYC details ({@code v2_0/cashtransfer}). Obtain it with {@code
 * MomoClient.remittances()}. Thread-safe; a failed {@code Future} carries a {@link
 * dev.momosim.client.exception.MomoException}.
 */
public interface Remittances extends TransferOperations {

  /** Sends a cash transfer with a generated reference id and the default callback URL. */
  default Future<String> cashTransfer(CashTransfer transfer) {
    return cashTransfer(transfer, CreateOptions.defaults());
  }

  /**
   * Sends a cash transfer ({@code POST v2_0/cashtransfer}). Transient failures are retried with the
   * same reference id; a 409 after one of our own failed attempts is confirmed with a status read
   * (same amount, currency, payee and external id).
   *
   * @return the reference id, once MoMo accepted the transfer (202)
   */
  Future<String> cashTransfer(CashTransfer transfer, CreateOptions options);

  /** Reads a cash transfer ({@code GET v2_0/cashtransfer/{ref}}). */
  Future<CashTransferResult> cashTransferStatus(String referenceId);
}
