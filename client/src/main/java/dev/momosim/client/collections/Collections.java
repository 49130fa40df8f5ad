package dev.momosim.client.collections;

import dev.momosim.client.model.ApiVersion;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.product.ProductOperations;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * The Collection product: ask a payer to pay, then read the outcome with {@link #status(String)},
 * {@link #awaitFinal} or a callback. Obtain it with {@code MomoClient.collections()}.
 *
 * <p>Thread-safe. Every method returns at once; a failed {@code Future} carries a {@link
 * dev.momosim.client.exception.MomoException}.
 */
public interface Collections extends ProductOperations {

  /**
   * Sends a request-to-pay with a generated reference id and the default callback URL.
   *
   * @return the reference id, once MoMo accepted the request (202); the payer decides later
   */
  default Future<String> requestToPay(RequestToPay request) {
    return requestToPay(request, CreateOptions.defaults());
  }

  /**
   * Sends a request-to-pay. Transient failures are retried with the same reference id, so the payer
   * is asked at most once.
   *
   * @return the reference id, once MoMo accepted the request (202)
   */
  Future<String> requestToPay(RequestToPay request, CreateOptions options);

  /**
   * Sends a request-to-withdraw (v2) with a generated reference id and the default callback URL.
   */
  default Future<String> requestToWithdraw(RequestToPay request) {
    return requestToWithdraw(ApiVersion.V2, request, CreateOptions.defaults());
  }

  /** Sends a request-to-withdraw (v2). */
  default Future<String> requestToWithdraw(RequestToPay request, CreateOptions options) {
    return requestToWithdraw(ApiVersion.V2, request, options);
  }

  /**
   * Asks a payer to approve a withdrawal from their account ({@code POST
   * v1_0|v2_0/requesttowithdraw}, the request-to-pay body). The payer approves as for a
   * request-to-pay; v1 callbacks come by POST, v2 by PUT. Transient failures are retried with the
   * same reference id; a 409 after one of our own failed attempts is confirmed with a status read.
   *
   * @return the reference id, once MoMo accepted the request (202)
   */
  Future<String> requestToWithdraw(ApiVersion version, RequestToPay request, CreateOptions options);

  /** Reads a request-to-withdraw of either version ({@code GET v1_0/requesttowithdraw/{ref}}). */
  Future<Transaction> requestToWithdrawStatus(String referenceId);

  /**
   * Polls {@link #requestToWithdrawStatus} until the withdrawal is SUCCESSFUL or FAILED, as {@code
   * awaitFinal} does for a request-to-pay; fails with {@link
   * dev.momosim.client.exception.AwaitTimeoutException} when not final within {@code timeout}.
   */
  Future<Transaction> awaitRequestToWithdraw(String referenceId, Duration timeout);

  /** As {@link #deliveryNotification(String, String, String)} without a language. */
  default Future<Void> deliveryNotification(String referenceId, String message) {
    return deliveryNotification(referenceId, message, null);
  }

  /**
   * Sends a delivery notification for a request-to-pay ({@code POST
   * v1_0/requesttopay/{ref}/deliverynotification}): the message goes in the {@code
   * notificationMessage} header and the body. MoMo refuses a repeat after a successful one with
   * 429, reported at once as {@link dev.momosim.client.exception.MomoRateLimitException}; a 429
   * answering the client's own retry after an attempt whose outcome is unknown means that attempt
   * was delivered, so the call succeeds.
   *
   * @param message at most 160 characters
   * @param language an ISO 639-1 or 639-3 code (two or three letters), or {@code null}
   */
  Future<Void> deliveryNotification(String referenceId, String message, String language);

  /** Invoices (v2). */
  Invoices invoices();

  /** Pre-approvals. */
  PreApprovals preApprovals();

  /** Payments v2 (bill payments, airtime). */
  Payments payments();
}
