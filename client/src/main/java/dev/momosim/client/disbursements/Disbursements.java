package dev.momosim.client.disbursements;

import dev.momosim.client.model.ApiVersion;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.TransferOperations;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * The Disbursement product: pay a payee from the merchant account ({@code
 * /disbursement/v1_0/transfer}), deposit into a payee's account, refund a request-to-pay. Obtain it
 * with {@code MomoClient.disbursements()}. Thread-safe; a failed {@code Future} carries a {@link
 * dev.momosim.client.exception.MomoException}.
 */
public interface Disbursements extends TransferOperations {

  /** Deposits (v2) with a generated reference id and the default callback URL. */
  default Future<String> deposit(Transfer deposit) {
    return deposit(ApiVersion.V2, deposit, CreateOptions.defaults());
  }

  /** Deposits (v2). */
  default Future<String> deposit(Transfer deposit, CreateOptions options) {
    return deposit(ApiVersion.V2, deposit, options);
  }

  /**
   * Deposits into a payee's account ({@code POST v1_0|v2_0/deposit}, the transfer body); the money
   * moves like a transfer. v1 callbacks come by POST, v2 by PUT. Transient failures are retried
   * with the same reference id; a 409 after one of our own failed attempts is confirmed with a
   * status read.
   *
   * @return the reference id, once MoMo accepted the deposit (202)
   */
  Future<String> deposit(ApiVersion version, Transfer deposit, CreateOptions options);

  /** Reads a deposit of either version ({@code GET v1_0/deposit/{ref}}). */
  Future<Transaction> depositStatus(String referenceId);

  /**
   * Polls {@link #depositStatus} until the deposit is SUCCESSFUL or FAILED, as {@code awaitFinal}
   * does for a transfer; fails with {@link dev.momosim.client.exception.AwaitTimeoutException} when
   * not final within {@code timeout}.
   */
  Future<Transaction> awaitDeposit(String referenceId, Duration timeout);

  /** Refunds (v2) with a generated reference id and the default callback URL. */
  default Future<String> refund(Refund refund) {
    return refund(ApiVersion.V2, refund, CreateOptions.defaults());
  }

  /** Refunds (v2). */
  default Future<String> refund(Refund refund, CreateOptions options) {
    return refund(ApiVersion.V2, refund, options);
  }

  /**
   * Refunds a successful request-to-pay ({@code POST v1_0|v2_0/refund}). Transient failures are
   * retried with the same reference id; a 409 after one of our own failed attempts is confirmed
   * with a status read (same amount, currency and external id).
   *
   * @return the reference id of the refund, once MoMo accepted it (202)
   */
  Future<String> refund(ApiVersion version, Refund refund, CreateOptions options);

  /**
   * Reads a refund of either version ({@code GET v1_0/refund/{ref}}); its party is the payee, the
   * original payer.
   */
  Future<Transaction> refundStatus(String referenceId);

  /**
   * Polls {@link #refundStatus} until the refund is SUCCESSFUL or FAILED; fails with {@link
   * dev.momosim.client.exception.AwaitTimeoutException} when not final within {@code timeout}.
   */
  Future<Transaction> awaitRefund(String referenceId, Duration timeout);
}
